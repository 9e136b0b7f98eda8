#!/usr/bin/env bash
# Browser test of `pacto serve` with Debian's headless Chromium: imports the
# fixtures into a fresh record, starts the server on a free loopback port,
# opens the search page, searches without diacritics ("ky cuong"), opens the
# first event, and saves a screenshot of each page. Fails if a page lacks
# what a person should see (marked matches, evidence marks) or if the server
# does not stop cleanly on SIGTERM.
#
#   bash scripts/browser-test.sh [OUTPUT_DIR]     (default: .build/browser-test)
#
# Installs chromium with apt-get when it is missing (root, or sudo).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-.build/browser-test}
mkdir -p "$out"

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "browser-test: installing chromium" >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null >/dev/null
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-dejavu-core </dev/null >/dev/null
  browser=$(command -v chromium)
fi

. scripts/fixture-server.sh
start_fixture_server browser-test

chrome() {
  # A fresh profile each time; no sandbox (CI runs as root); 20 s at most.
  timeout 20 "$browser" --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
    --user-data-dir="$work/profile" --window-size=1280,1400 --hide-scrollbars "$@" 2>>"$work/chromium.log"
}
fail() { echo "browser-test: FAIL: $*" >&2; exit 1; }

# 1. The search page, empty.
chrome --dump-dom "$base/" >"$work/home.html"
grep -q 'name="q"' "$work/home.html" || fail "no search box on $base/"
chrome --screenshot="$out/1-search-page.png" "$base/" >/dev/null

# 2. A search typed without diacritics, as the form sends it (GET, q=ky+cuong).
results="$base/?q=ky+cuong"
chrome --dump-dom "$results" >"$work/results.html"
grep -q '<mark>' "$work/results.html" || fail "no marked match for 'ky cuong'"
grep -qi '<mark>kỷ' "$work/results.html" || fail "'ky cuong' did not find 'Kỷ cương'"
chrome --screenshot="$out/2-search-results.png" "$results" >/dev/null

# 3. The first event of the results.
event=$(grep -o 'href="/events/[0-9]*"' "$work/results.html" | head -1 | sed 's/href="//; s/"$//')
[ -n "$event" ] || fail "no event link in the results"
chrome --dump-dom "$base$event" >"$work/event.html"
grep -q 'class="ev f-' "$work/event.html" || fail "no evidence marked on $event"
grep -q 'href="#ev-' "$work/event.html" || fail "no field linked to its evidence on $event"
chrome --screenshot="$out/3-event.png" "$base$event" >/dev/null
field=$(grep -o 'href="#ev-[a-zA-Z]*"' "$work/event.html" | head -1 | sed 's/href="//; s/"$//')
chrome --screenshot="$out/4-event-evidence.png" "$base$event$field" >/dev/null

# 4. The pacts page.
chrome --screenshot="$out/5-pacts.png" "$base/pacts?organizer=C%E1%BB%A5m%20VIII" >/dev/null

for shot in 1-search-page 2-search-results 3-event 4-event-evidence 5-pacts; do
  [ -s "$out/$shot.png" ] || fail "no screenshot $shot.png"
done

# 5. SIGTERM stops the server cleanly (exit status 0).
kill -TERM "$server"
status=0
wait "$server" || status=$?
server=""
[ "$status" -eq 0 ] || { cat "$work/serve.log" >&2; fail "server exited with status $status on SIGTERM"; }
requests=$(grep -c 'Request' "$work/serve.log" || true)
echo "browser-test: $requests requests logged; screenshots in $out"
echo "browser-test: 5 passed, 0 failed"
