#!/usr/bin/env bash
# Trunk pre-build hook: the stylesheets of style/ (one file per area, in cascade order) as one
# file, so the page waits for one render-blocking request instead of seven. Written only when
# it changes, so `trunk serve`'s watcher does not see a new file on every build.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/winback-css/app.css
mkdir -p "$(dirname "$out")"
tmp=$(mktemp)
for f in tokens base layout forms wizard charts present; do
  printf '/* style/%s.css */\n' "$f" >>"$tmp"
  cat "style/$f.css" >>"$tmp"
done
if cmp -s "$tmp" "$out"; then rm "$tmp"; else mv "$tmp" "$out"; fi
