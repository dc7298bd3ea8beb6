#!/usr/bin/env bash
# Installs what is missing, then builds and serves the app at http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export TRUNK_SKIP_VERSION_CHECK=true
echo "Serving at http://127.0.0.1:8080 (Ctrl+C stops)."
# No autoreload: its injected inline script would (rightly) be refused by the CSP.
exec trunk serve --no-autoreload "$@"
