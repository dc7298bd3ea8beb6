#!/usr/bin/env bash
# The whole test suite: installs what is missing, then lint, native unit tests, browser unit
# tests (wasm-bindgen-test in headless Chromium), release build + bundle budget, end-to-end.
# Every step runs even if an earlier one failed; the exit code is non-zero if any failed.
# `--bench` also runs the benchmarks (chart redraw timings, reported, not asserted) and the
# long fuzzing run of the decoder and importer.
set -uo pipefail
cd "$(dirname "$0")/.."

bench=false
case "${1:-}" in
  --bench) bench=true ;;
  "") ;;
  *) echo "usage: scripts/test.sh [--bench]" >&2; exit 2 ;;
esac

scripts/setup.sh --test || exit 1

export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER=${CHROMEDRIVER:-$(command -v chromedriver)}
export WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-120}
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}

failed=()
summary=()
step() {
  local name=$1 start=$SECONDS
  shift
  printf '\n━━ %s\n' "$name"
  if "$@"; then
    summary+=("  ✓ $name ($((SECONDS - start)) s)")
  else
    summary+=("  ✗ $name ($((SECONDS - start)) s)")
    failed+=("$name")
  fi
}

step "format" cargo fmt --all --check
step "clippy (native)" cargo clippy --all-targets -- -D warnings
step "clippy (wasm32)" cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
step "tier 1: native unit tests" cargo test --lib --bins
step "tier 2: browser unit tests (wasm-bindgen-test, headless Chromium)" \
  cargo test --target wasm32-unknown-unknown --test browser
step "release build (trunk, wasm-opt)" trunk build --release
step "bundle size budget" scripts/bundle-size.sh
step "tier 3: end-to-end (WebDriver, headless Chromium, release build)" cargo test --test e2e
if $bench; then
  step "benchmark: chart redraw (headless Chromium, release build)" \
    cargo test --test e2e -- --ignored --nocapture
  # The decoder and importer fuzzed at length (the normal run takes a few thousand cases).
  step "fuzz: decoder and importer, 200,000 cases each (release build)" \
    env WINBACK_FUZZ_CASES=200000 cargo test --release --lib fuzz
  step "benchmark: Lighthouse, mobile and desktop (reported, never failing)" scripts/lighthouse.sh
fi

printf '\n━━ Summary (%d s)\n' "$SECONDS"
printf '%s\n' "${summary[@]}"
if ((${#failed[@]})); then
  printf '\n%d step(s) failed: %s\n' "${#failed[@]}" "$(IFS=', '; echo "${failed[*]}")"
  exit 1
fi
echo "All steps passed."
