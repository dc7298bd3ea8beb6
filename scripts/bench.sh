#!/usr/bin/env bash
# The benchmarks alone, on a fresh release build: 200 what-if slider events on step 2
# (median / p95 from input to all charts repainted), the step's time to first paint, and
# Lighthouse (mobile and desktop) on the build served with precompressed files.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER=${CHROMEDRIVER:-$(command -v chromedriver)}
trunk build --release
cargo test --test e2e -- --ignored --nocapture
scripts/lighthouse.sh
