#!/usr/bin/env bash
# Lighthouse 12.8.2 on the release build in dist/, served as a static host serves it
# (precompressed files, single-page fallback): mobile (simulated and applied throttling) and
# desktop profiles, the four category scores, FCP, LCP, CLS and total blocking time. Reports; fails nothing (a missing tool is said).
set -uo pipefail
cd "$(dirname "$0")/.."
LH_VERSION=12.8.2
lh=.tools/lighthouse/node_modules/.bin/lighthouse
if [[ ! -x $lh ]] || ! grep -q "\"version\": \"$LH_VERSION\"" .tools/lighthouse/node_modules/lighthouse/package.json 2>/dev/null; then
  echo "Installing lighthouse $LH_VERSION (npm) …"
  npm install --prefix .tools/lighthouse --no-save --no-audit --no-fund "lighthouse@$LH_VERSION" >/tmp/winback-lighthouse-install.log 2>&1 \
    || { echo "lighthouse: could not install (see /tmp/winback-lighthouse-install.log); no scores this time."; exit 0; }
fi
[[ -f dist/index.html ]] || { echo "lighthouse: dist/ is missing; build first."; exit 0; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 scripts/serve-dist.py "$port" &
server=$!
trap 'kill $server 2>/dev/null' EXIT
sleep 1
out=$(mktemp -d)
flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run"
# "mobile" is Lighthouse's default (simulated slow 4G and CPU, computed from an unthrottled
# load); "mobile-devtools" applies the same throttling for real while loading, which shows
# what a slow phone actually paints first (the static first screen, before the wasm).
for profile in mobile mobile-devtools desktop; do
  preset=()
  [[ $profile == desktop ]] && preset=(--preset=desktop)
  [[ $profile == mobile-devtools ]] && preset=(--throttling-method=devtools)
  CHROME_PATH=${CHROMIUM:-/usr/bin/chromium} "$lh" "http://127.0.0.1:$port/" "${preset[@]}" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="$flags --user-data-dir=$out/profile-$profile" \
    --output=json --output-path="$out/$profile.json" --quiet >"$out/$profile.log" 2>&1 \
    || { echo "lighthouse $profile: failed (tail of its log below)"; tail -n 5 "$out/$profile.log"; continue; }
  python3 - "$profile" "$out/$profile.json" <<'PY'
import json, sys
profile, path = sys.argv[1], sys.argv[2]
r = json.load(open(path))
c = r["categories"]
score = lambda k: round(c[k]["score"] * 100) if c.get(k, {}).get("score") is not None else "n/a"
a = r["audits"]
lcp = a["largest-contentful-paint"]["numericValue"] / 1000
fcp = a["first-contentful-paint"]["numericValue"] / 1000
cls = a["cumulative-layout-shift"]["numericValue"]
tbt = a["total-blocking-time"]["numericValue"]
print(f"lighthouse {profile:15}: performance {score('performance')}, accessibility {score('accessibility')}, "
      f"best practices {score('best-practices')}, SEO {score('seo')}; FCP {fcp:.2f} s, LCP {lcp:.2f} s, "
      f"CLS {cls:.3f}, TBT {tbt:.0f} ms, interactive {a['interactive']['numericValue'] / 1000:.2f} s")
element = a.get("largest-contentful-paint-element", {}).get("details", {}).get("items", [])
for item in element:
    for sub in item.get("items", []):
        node = sub.get("node")
        if node:
            print(f"    LCP element: {node.get('selector', '')} “{node.get('nodeLabel', '')[:80]}”")
for k, audit in a.items():
    if audit.get("score") is not None and audit["score"] < 0.9 and audit.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings"):
        print(f"    below 90: {k} ({audit['title']})")
PY
done
