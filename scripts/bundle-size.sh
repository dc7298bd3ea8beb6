#!/usr/bin/env bash
# Prints raw and gzip bytes of what a first visit downloads from dist/: the page (which carries
# the CSS), the .wasm, the .js (and any .css); fails past the checked-in budget. Then the
# language packs, which a visit in Arabic or Hebrew adds.
set -euo pipefail
cd "$(dirname "$0")/.."
budget=$(grep -v '^#' scripts/bundle-budget.txt | tr -d '[:space:]')
[[ -d dist ]] || { echo "dist/ is missing: run 'trunk build --release' first." >&2; exit 1; }
total_raw=0 total_gz=0
printf '%-48s %10s %10s\n' file raw gzip
shopt -s nullglob
for f in dist/index.html dist/*.wasm dist/*.js dist/*.css; do
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz))
  printf '%-48s %10d %10d\n' "${f#dist/}" "$raw" "$gz"
done
printf '%-48s %10d %10d\n' total "$total_raw" "$total_gz"
# The Arabic and Hebrew texts are fetched only by a visit in that language (src/i18n/packs.rs).
for f in dist/texts-*.txt; do
  gz=$(gzip -9 -c "$f" | wc -c)
  printf '%-48s %10d %10d  (+ only in that language: %d)\n' "${f#dist/}" "$(wc -c <"$f")" "$gz" $((total_gz + gz))
done
if ((total_gz > budget)); then
  echo "Over budget: gzip total $total_gz bytes > $budget (scripts/bundle-budget.txt)." >&2
  exit 1
fi
echo "Within budget: gzip total $total_gz of $budget bytes."
