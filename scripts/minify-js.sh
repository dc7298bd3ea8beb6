#!/usr/bin/env bash
# Part of the post-build hook (scripts/post-build.sh), release builds only: minifies
# wasm-bindgen's JS glue, which Trunk's own minification leaves as written (−2.4 KB gzip,
# docs/size.md), and puts its new integrity hash into index.html where the page carries one
# (Trunk's preload links do; the app's own loader, Trunk.toml, has none).
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
[[ ${TRUNK_PROFILE:-} == release ]] || exit 0
if ! command -v terser >/dev/null 2>&1; then
  echo "minify-js: terser is not installed (scripts/setup.sh installs it): the JS glue stays as written" >&2
  exit 0
fi
# The SRI form of a file's SHA-384 (coreutils only, as scripts/csp-hash.sh does it).
sri() {
  local hex
  hex=$(sha384sum "$1" | cut -d' ' -f1)
  printf "$(sed 's/../\\x&/g' <<<"$hex")" | base64 -w0
}
for f in "$dir"/*.js; do
  old=$(sri "$f")
  terser "$f" --module --compress --mangle --output "$f.min"
  mv "$f.min" "$f"
  new=$(sri "$f")
  sed -i "s#sha384-$old#sha384-$new#" "$dir/index.html"
  echo "minify-js: $(basename "$f") minified"
done
