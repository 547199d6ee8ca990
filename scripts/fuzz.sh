#!/usr/bin/env bash
# Runs one parser under libFuzzer with AddressSanitizer.
#   scripts/fuzz.sh TARGET [SECONDS]      TARGET: codebook, sheet, decoder, csv
# Seeds come from Tests/Fuzz/seeds/TARGET; new interesting inputs go to .build-fuzz/corpus/TARGET;
# a crash leaves crash-* in .build-fuzz/artifacts/. Replay one with:
#   MEDIAMON_FUZZ_TARGET=TARGET swift run mediamon-fuzz FILE
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh TARGET [SECONDS]}
seconds=${2:-60}
swift build --scratch-path .build-fuzz --product mediamon-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
mkdir -p ".build-fuzz/corpus/$target" .build-fuzz/artifacts
seeds="Tests/Fuzz/seeds/$target"
[ -d "$seeds" ] || seeds=""
MEDIAMON_FUZZ_TARGET=$target .build-fuzz/debug/mediamon-fuzz \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix=.build-fuzz/artifacts/ ".build-fuzz/corpus/$target" $seeds
