#!/usr/bin/env bash
# Installs what is missing, then builds and serves the app at http://127.0.0.1:8080.
# The release build by default — what users get, at its real size and speed;
# `--dev` serves the quicker, larger debug build while working on the code.
set -euo pipefail
cd "$(dirname "$0")/.."
release=(--release)
if [[ ${1:-} == --dev ]]; then
  release=()
  shift
fi
scripts/setup.sh
export TRUNK_SKIP_VERSION_CHECK=true
echo "Serving the ${release[*]:+release}${release[*]:-debug} build at http://127.0.0.1:8080 (Ctrl+C stops)."
# No autoreload: its injected inline script would (rightly) be refused by the CSP.
exec trunk serve --no-autoreload "${release[@]}" "$@"
