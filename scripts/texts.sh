#!/usr/bin/env bash
# Writes the Arabic and Hebrew texts as language packs into OUT_DIR (src/i18n/packs.rs says
# why): texts-<lang>-<content hash>.txt, a header line then every text on a line of its own,
# in the catalog's order, taken from src/i18n/<lang>.rs (whose order the compiler checks).
# Prints what the page's <meta name="winback-texts"> says: "ar=/texts-ar-….txt he=…".
# Usage: scripts/texts.sh OUT_DIR
set -euo pipefail
out=${1:?usage: scripts/texts.sh OUT_DIR}
cd "$(dirname "$0")/.."
mkdir -p "$out"

# Every `Key => "text",` line of FILE's table, as written between the quotes.
literals() {
  sed -n '/^\(catalog\|translations\)! {$/,/^}$/p' "$1" |
    sed -n 's/^    [A-Za-z0-9]* => "\(.*\)",$/\1/p'
}
# The same, unescaped: the tables use \" and \\ only (checked below).
texts() { literals "$1" | sed -e 's/\\\\/\x01/g' -e 's/\\"/"/g' -e 's/\x01/\\/g'; }
fail() { echo "texts.sh: $*" >&2; exit 1; }

count=$(texts src/i18n/catalog.rs | wc -l)
((count > 0)) || fail "no texts found in src/i18n/catalog.rs"
meta=()
for lang in ar he; do
  src=src/i18n/$lang.rs
  tmp=$(mktemp)
  { echo "winback-planner texts $lang $count"; texts "$src"; } >"$tmp"
  n=$(($(wc -l <"$tmp") - 1))
  ((n == count)) || fail "$src has $n texts on lines of their own, the catalog $count"
  # Any other escape (\n, \u{…}) this script does not read: say so rather than guess.
  if literals "$src" | sed -e 's/\\\\//g' -e 's/\\"//g' | grep -q '\\'; then
    fail "$src has an escape other than \\\" or \\\\; scripts/texts.sh would misread it"
  fi
  name=texts-$lang-$(sha256sum "$tmp" | cut -c1-16).txt
  chmod 644 "$tmp"
  mv "$tmp" "$out/$name"
  meta+=("$lang=/$name")
done
echo "${meta[*]}"
