#!/usr/bin/env bash
# Installs what building (and, with --test, testing) the app needs; skips what is there.
# Usage: scripts/setup.sh [--test]
set -uo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0
TERSER_VERSION=5.51.4
AXE_VERSION=4.11.0
# The CLI must equal the wasm-bindgen crate pinned in Cargo.toml.
BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
LOG_DIR=${TMPDIR:-/tmp}/winback-setup
mkdir -p "$LOG_DIR"

have() { command -v "$1" >/dev/null 2>&1; }
ok() { printf '  ✓ %s\n' "$*"; }
fail() {
  printf '\n✗ %s\n' "$1" >&2
  [[ -n ${2:-} && -f $2 ]] && { echo "--- last lines of $2 ---" >&2; tail -n 20 "$2" >&2; }
  exit 1
}
# run LABEL CMD...: runs quietly into a log; on failure shows the log's tail and stops.
run() {
  local label=$1 log="$LOG_DIR/${1// /-}.log"
  shift
  printf '  → %s … ' "$label"
  if "$@" >"$log" 2>&1; then echo done; else echo failed; fail "could not $label (full log: $log)" "$log"; fi
}

echo "Checking tools:"
for tool in cargo rustup npm; do
  have "$tool" || fail "$tool is missing: install the Rust toolchain (rustup) and Node.js with npm first."
done
[[ -n $BINDGEN_VERSION ]] || fail "Cargo.toml does not pin wasm-bindgen with \"=x.y.z\"."

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  ok "wasm32-unknown-unknown target"
else
  run "add the wasm32-unknown-unknown target" rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if rustup component list --installed | grep -q "^$component"; then ok "$component"; else run "add $component" rustup component add "$component"; fi
done

if have trunk && trunk --version | grep -q " $TRUNK_VERSION"; then
  ok "trunk $TRUNK_VERSION"
else
  run "install trunk $TRUNK_VERSION (several minutes)" cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if have wasm-bindgen && wasm-bindgen --version | grep -q " $BINDGEN_VERSION"; then
  ok "wasm-bindgen-cli $BINDGEN_VERSION"
else
  # Not --locked: one of its locked dependencies is no longer in the registry.
  run "install wasm-bindgen-cli $BINDGEN_VERSION (several minutes)" cargo install --force wasm-bindgen-cli --version "=$BINDGEN_VERSION"
fi

if have wasm-opt && wasm-opt --version | grep -q "version ${BINARYEN_VERSION%%.*}"; then
  ok "wasm-opt ${BINARYEN_VERSION%%.*} (binaryen)"
else
  run "install wasm-opt from npm binaryen@$BINARYEN_VERSION" npm install --global --no-audit --no-fund "binaryen@$BINARYEN_VERSION"
  have wasm-opt || fail "wasm-opt is still not on PATH after installing binaryen (npm prefix: $(npm prefix -g)/bin)."
fi

# The post-build hook minifies the JS glue with it (release builds).
if have terser && terser --version | grep -q " $TERSER_VERSION"; then
  ok "terser $TERSER_VERSION"
else
  run "install terser $TERSER_VERSION from npm" npm install --global --no-audit --no-fund "terser@$TERSER_VERSION"
  have terser || fail "terser is still not on PATH after installing it (npm prefix: $(npm prefix -g)/bin)."
fi

# The post-build hook writes .br files next to the .gz ones with it (optional: it says so).
if have brotli; then
  ok "brotli"
elif have apt-get; then
  run "update the package lists" apt-get update
  run "install brotli" env DEBIAN_FRONTEND=noninteractive apt-get install -y brotli
fi

if [[ ${1:-} == --test ]]; then
  if have chromium && have chromedriver; then
    ok "chromium and chromedriver ($(chromium --version 2>/dev/null | head -n1))"
  else
    have apt-get || fail "apt-get is missing: install Chromium and ChromeDriver by hand."
    run "update the package lists" apt-get update
    run "install chromium and chromium-driver" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
  fi
  # axe-core runs the accessibility audit inside the page during the end-to-end tests.
  if [[ -f .tools/npm/node_modules/axe-core/package.json ]] && grep -q "\"version\": \"$AXE_VERSION\"" .tools/npm/node_modules/axe-core/package.json; then
    ok "axe-core $AXE_VERSION"
  else
    run "install axe-core $AXE_VERSION from npm" npm install --prefix .tools/npm --no-save --no-audit --no-fund "axe-core@$AXE_VERSION"
  fi
fi
echo "All tools ready."
