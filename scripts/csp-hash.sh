#!/usr/bin/env bash
# Part of the post-build hook (scripts/post-build.sh): allow each inline <script> and <style>
# Trunk wrote by its SHA-256 hash, so the Content-Security-Policy needs neither
# 'unsafe-inline' nor a static (guessable) nonce.
set -euo pipefail
html="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}/index.html"
content=$(<"$html")

# The hashes of every <TAG>'s text in the page, each quoted for the policy.
hashes_of() {
  local tag=$1 rest=$content hashes="" body hex
  # Cut by the closing tag rather than a pattern: the minified CSS has '<' in its media queries.
  while [[ $rest == *"<$tag"*"</$tag>"* ]]; do
    rest=${rest#*"<$tag"}
    rest=${rest#*">"}
    body=${rest%%"</$tag>"*}
    rest=${rest#*"</$tag>"}
    hex=$(printf '%s' "$body" | sha256sum | cut -d' ' -f1)
    hashes+="'sha256-$(printf "$(sed 's/../\\x&/g' <<<"$hex")" | base64 -w0)' "
  done
  printf '%s' "${hashes% }"
}

scripts=$(hashes_of script)
styles=$(hashes_of style)
for kind in script style; do
  if [[ $kind == script && -z $scripts || $kind == style && -z $styles ]]; then
    echo "csp-hash: no inline $kind found in $html" >&2
    exit 1
  fi
done
content=${content//CSP_SCRIPT_HASHES/$scripts}
content=${content//CSP_STYLE_HASHES/$styles}
printf '%s\n' "$content" >"$html"
echo "csp-hash: scripts $scripts; styles $styles"
