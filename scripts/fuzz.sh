#!/usr/bin/env bash
# Fuzzes reading, extraction and the archive readers with libFuzzer.
#   scripts/fuzz.sh SECONDS [libFuzzer options...]
# Builds Fuzz/PactoFuzz with -sanitize=fuzzer,address in .build-fuzz/ (linked by
# lld: gold fails on the sanitizer objects), seeds
# .fuzz/corpus/ from Fixtures/ (kept between runs), runs for SECONDS and
# saves crashing inputs in .fuzz/crashes/. Replay one with
#   swift run pacto-fuzz .fuzz/crashes/crash-...
# and make it a regression test in Tests/PactoArchiveTests/FuzzRegressionTests.swift
# (copy it to Fixtures/fuzz/).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:?usage: scripts/fuzz.sh SECONDS [libFuzzer options...]}"
shift
export PATH="/opt/swift/usr/bin:$PATH"

# Release (optimised) with ASan: about ten times the executions of a debug build.
config="${FUZZ_CONFIG:-release}"
swift build -c "$config" --product pacto-fuzz --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DPACTO_FUZZING -Xswiftc -use-ld=lld
binary=".build-fuzz/$config/pacto-fuzz"

mkdir -p .fuzz/corpus .fuzz/crashes
# Seeds: every fixture up to 256 KB (the bombs are larger than fuzzing needs).
find Fixtures -type f -size -256k \( -name '*.html' -o -name '*.txt' -o -name '*.warc' -o -name '*.gz' -o -name '*.zip' -o -name '*.bin' \) \
    -exec cp -n {} .fuzz/corpus/ \;

# Leaks are off by default: one-time globals (regular expressions, the
# gazetteer) look like leaks to LeakSanitizer, and `make leaks` checks reading
# under valgrind. Turn them on with `scripts/fuzz.sh N -detect_leaks=1`;
# scripts/lsan.supp then hides the known ones.
# Let libFuzzer see Swift traps as crashes, without Swift's own backtracer.
export SWIFT_BACKTRACE=enable=no
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"
start=$(date +%s)
status=0
"$binary" .fuzz/corpus \
    -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -max_len=262144 \
    -artifact_prefix=.fuzz/crashes/ -print_final_stats=1 -detect_leaks=0 "$@" || status=$?
echo "fuzzed for $(( $(date +%s) - start )) s; exit status $status; crashes: $(ls .fuzz/crashes | wc -l)"
exit "$status"
