#ifndef PACTO_CFUZZDRIVER_H
#define PACTO_CFUZZDRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry point for programs that keep their own `main`
/// (https://llvm.org/docs/LibFuzzer.html#using-libfuzzer-as-a-library).
/// SwiftPM gives every executable its own renamed `main`, so the fuzz target
/// starts libFuzzer through this instead of libFuzzer's `main`. Only linked
/// in a `-sanitize=fuzzer` build.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
