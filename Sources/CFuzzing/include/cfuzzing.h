#ifndef CFUZZING_H
#define CFUZZING_H

#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer's loop over `callback` when the binary is linked with libFuzzer
/// (`-sanitize=fuzzer`); returns -1 otherwise. SwiftPM renames an executable's `main`, so the
/// fuzz target calls libFuzzer's driver from its own entry point instead of using libFuzzer's main.
int cfuzzing_run(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
