#!/usr/bin/env bash
# Reads every fixture under valgrind and fails on any definite leak or memory
# error in the libxml2 layer (every C document is freed exactly once).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v valgrind >/dev/null 2>&1; then
  echo "check-leaks: valgrind not installed; skipped" >&2
  exit 0
fi
# The debug build `make test` already made: no second, release build in CI.
swift build --product pacto >/dev/null
log=$(mktemp)
# valgrind 3.19 cannot read the DWARF some dependencies are built with: check
# a copy without debug information (symbols stay).
binary=$(mktemp)
cp .build/debug/pacto "$binary"
strip -g "$binary"
chmod 755 "$binary"
valgrind --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite --error-exitcode=3 \
  --suppressions=scripts/valgrind.supp \
  "$binary" read --json Fixtures/html/*.html Fixtures/seeds/*.txt >/dev/null 2>"$log" || {
  status=$?
  cat "$log" >&2
  echo "check-leaks: valgrind run failed (status $status): memory errors, leaks, or pacto failed" >&2
  exit 1
}
grep -E "definitely lost|ERROR SUMMARY" "$log" | sed 's/^==[0-9]*== */check-leaks: /'
rm -f "$log" "$binary"
