#!/usr/bin/env bash
# An import killed half-way (SIGKILL, no clean-up) leaves a consistent
# record, and running it again completes it. Uses generated pages.
set -euo pipefail
cd "$(dirname "$0")/.."
config=${CONFIG:-debug}
swift build -c "$config" --product pacto >/dev/null
swift build -c "$config" --product pacto-bench >/dev/null
bin=.build/$config
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pages=${PAGES:-400}
"$bin/pacto-bench" generate --pages "$pages" --out "$work/pages" >/dev/null
"$bin/pacto" import --quiet --db "$work/record.sqlite" "$work/pages" >/dev/null 2>&1 &
pid=$!
# Let it write a few batches, then kill it without warning.
for _ in $(seq 1 100); do
  sleep 0.2
  count=$(sqlite3 "$work/record.sqlite" "SELECT count(*) FROM document" 2>/dev/null || echo 0)
  [ "${count:-0}" -gt 0 ] && break
done
kill -9 "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
before=$(sqlite3 "$work/record.sqlite" "SELECT count(*) FROM document")
check=$(sqlite3 "$work/record.sqlite" "PRAGMA integrity_check")
[ "$check" = "ok" ] || { echo "kill-rerun: integrity check failed after the kill: $check" >&2; exit 1; }
orphans=$(sqlite3 "$work/record.sqlite" "SELECT count(*) FROM event WHERE documentId NOT IN (SELECT id FROM document)")
[ "$orphans" = "0" ] || { echo "kill-rerun: $orphans events without their document" >&2; exit 1; }
"$bin/pacto" import --quiet --db "$work/record.sqlite" "$work/pages" >/dev/null
after=$(sqlite3 "$work/record.sqlite" "SELECT count(*) FROM document")
fts=$(sqlite3 "$work/record.sqlite" "SELECT count(*) FROM search")
events=$(sqlite3 "$work/record.sqlite" "SELECT count(*) FROM event")
[ "$after" = "$pages" ] || { echo "kill-rerun: $after documents after the rerun, expected $pages" >&2; exit 1; }
[ "$fts" = "$events" ] || { echo "kill-rerun: search index has $fts rows for $events events" >&2; exit 1; }
echo "kill-rerun: killed with $before of $pages documents stored; rerun completed to $after, index consistent"
