#!/usr/bin/env bash
# Many importers, one PostgreSQL record: two `pacto import` processes on
# overlapping folders (the same pages under other paths too), one of them
# killed with SIGKILL half-way and run again, leave every document exactly
# once, each with its events and their search rows.
# Needs PACTO_TEST_POSTGRES (scripts/with-postgres.sh sets it).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${PACTO_TEST_POSTGRES:-}" ]; then
  echo "kill-rerun-postgres: skipped: PACTO_TEST_POSTGRES is not set (run it under scripts/with-postgres.sh)"
  exit 0
fi
config=${CONFIG:-debug}
scratch=${SCRATCH_PATH:-.build}
swift build --scratch-path "$scratch" -c "$config" --product pacto >/dev/null
swift build --scratch-path "$scratch" -c "$config" --product pacto-bench >/dev/null
bin=$scratch/$config
psql_bin=${PACTO_TEST_POSTGRES_BIN:+$PACTO_TEST_POSTGRES_BIN/}psql
command -v "$psql_bin" >/dev/null || psql_bin=psql
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="pacto_kill_$$"
"$psql_bin" -q "$PACTO_TEST_POSTGRES" -c "CREATE DATABASE $db" >/dev/null
url="${PACTO_TEST_POSTGRES%/*}/$db"
sql() { "$psql_bin" -qtA "$url" -c "$1"; }
pages=${PAGES:-900}
"$bin/pacto-bench" generate --pages "$pages" --out "$work/all" >/dev/null
mkdir -p "$work/a" "$work/b"
# a: the first two thirds; b: the last two thirds, under other paths.
ls "$work/all" | sort | head -n $((pages * 2 / 3)) | while read -r f; do cp "$work/all/$f" "$work/a/"; done
ls "$work/all" | sort | tail -n $((pages * 2 / 3)) | while read -r f; do cp "$work/all/$f" "$work/b/"; done
"$bin/pacto" import --quiet --db "$url" "$work/a" >/dev/null 2>&1 &
first=$!
"$bin/pacto" import --quiet --db "$url" "$work/b" >"$work/b.log" 2>&1 &
second=$!
# Let the first write a batch or so, then kill it without warning.
for _ in $(seq 1 300); do
  sleep 0.2
  count=$(sql "SELECT count(*) FROM document" 2>/dev/null || echo 0)
  [ "${count:-0}" -gt 0 ] && break
done
kill -9 "$first" 2>/dev/null || true
wait "$first" 2>/dev/null || true
before=$(sql "SELECT count(*) FROM document")
wait "$second" || { cat "$work/b.log" >&2; echo "kill-rerun-postgres: the second importer failed" >&2; exit 1; }
"$bin/pacto" import --quiet --db "$url" "$work/a" >/dev/null
documents=$(sql "SELECT count(*) FROM document")
distinct=$(sql "SELECT count(DISTINCT sha256) FROM document")
events=$(sql "SELECT count(*) FROM event")
indexed=$(sql "SELECT count(*) FROM search")
orphans=$(sql "SELECT count(*) FROM event WHERE documentId NOT IN (SELECT id FROM document)")
"$psql_bin" -q "$PACTO_TEST_POSTGRES" -c "DROP DATABASE $db WITH (FORCE)" >/dev/null
[ "$documents" = "$pages" ] || { echo "kill-rerun-postgres: $documents documents, expected $pages" >&2; exit 1; }
[ "$distinct" = "$pages" ] || { echo "kill-rerun-postgres: $distinct distinct documents, expected $pages" >&2; exit 1; }
[ "$indexed" = "$events" ] || { echo "kill-rerun-postgres: search index has $indexed rows for $events events" >&2; exit 1; }
[ "$orphans" = "0" ] || { echo "kill-rerun-postgres: $orphans events without their document" >&2; exit 1; }
echo "kill-rerun-postgres: two importers, one killed with $before documents stored; rerun completed to $documents, each once, index consistent"
