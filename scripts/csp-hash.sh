#!/usr/bin/env bash
# Part of the post-build hook (scripts/post-build.sh): allow each inline <script> Trunk wrote by its SHA-256 hash, so the
# Content-Security-Policy needs neither 'unsafe-inline' nor a static (guessable) nonce.
set -euo pipefail
html="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}/index.html"
content=$(<"$html")
hashes=""
rest=$content
re='<script[^>]*>([^<]*)</script>'
while [[ $rest =~ $re ]]; do
  body=${BASH_REMATCH[1]}
  hex=$(printf '%s' "$body" | sha256sum | cut -d' ' -f1)
  b64=$(printf "$(sed 's/../\\x&/g' <<<"$hex")" | base64 -w0)
  hashes+="'sha256-$b64' "
  rest=${rest#*"${BASH_REMATCH[0]}"}
done
if [[ -z $hashes ]]; then
  echo "csp-hash: no inline script found in $html" >&2
  exit 1
fi
content=${content//CSP_SCRIPT_HASHES/${hashes% }}
printf '%s\n' "$content" >"$html"
echo "csp-hash: allowed ${hashes% }"
