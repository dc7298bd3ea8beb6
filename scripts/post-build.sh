#!/usr/bin/env bash
# Trunk post-build hook, in order: allow Trunk's inline script by hash (CSP), minify the JS
# glue (release builds), write the Arabic and Hebrew language packs and name them in the
# page, write the offline worker with this build's files, then precompress
# every text asset (.gz, and .br where the brotli tool is installed) for hosts that serve
# precompressed files.
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
cd "$(dirname "$0")/.."
bash scripts/csp-hash.sh
bash scripts/minify-js.sh

packs=$(bash scripts/texts.sh "$dir")
grep -q TEXTS_PACKS "$dir/index.html" || { echo "post-build: index.html has no TEXTS_PACKS marker" >&2; exit 1; }
# Quoted whether or not the minifier kept the quotes: the value holds a space.
sed -i -E "s#content=\"?TEXTS_PACKS\"?#content=\"$packs\"#" "$dir/index.html"
echo "post-build: language packs $packs"

# The worker precaches every file of the build but the language packs, which it keeps once
# used (sw.js); its version is a hash of all their contents, so any change makes a new
# worker, which replaces the old cache once the user accepts.
files=()
while IFS= read -r f; do files+=("$f"); done < <(cd "$dir" && find . -type f ! -name 'sw.js' ! -name '*.gz' ! -name '*.br' ! -name 'robots.txt' ! -name 'texts-*' | sed 's#^\./#/#' | sort)
# The packs, as texts.sh named them ("ar=/texts-ar-….txt" → "/texts-ar-….txt").
kept=()
for p in $packs; do kept+=("${p#*=}"); done
version=$(cd "$dir" && for f in "${files[@]}" "${kept[@]}"; do sha256sum ".$f"; done | sha256sum | cut -c1-16)
list=$(printf '"%s",' "${files[@]}")
# {"ar":"/texts-ar-….txt","he":…} from "ar=/texts-ar-….txt he=…"
pack_map=$(printf '%s\n' $packs | sed -E 's#^([a-z]+)=(.*)$#"\1":"\2"#' | paste -sd, -)
sed -e "s#__VERSION__#$version#" -e "s#__FILES__#[${list%,}]#" -e "s#__PACKS__#{$pack_map}#" assets/sw.js >"$dir/sw.js"
# Release builds ship it minified, without its comments (as minify-js.sh does the glue).
if [[ ${TRUNK_PROFILE:-} == release ]] && command -v terser >/dev/null 2>&1; then
  terser "$dir/sw.js" --compress --mangle --output "$dir/sw.js.min" && mv "$dir/sw.js.min" "$dir/sw.js"
fi
echo "post-build: offline worker $version precaches ${#files[@]} files"

compressed=0
while IFS= read -r f; do
  gzip -9 -n -k -f "$f"
  if command -v brotli >/dev/null 2>&1; then brotli -q 11 -k -f "$f"; fi
  compressed=$((compressed + 1))
done < <(find "$dir" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.svg' -o -name '*.webmanifest' -o -name '*.txt' \))
command -v brotli >/dev/null 2>&1 || echo "post-build: brotli not installed, wrote .gz only" >&2
echo "post-build: precompressed $compressed files"
