#!/usr/bin/env bash
# Runs one parser under libFuzzer with AddressSanitizer.
#   scripts/fuzz.sh TARGET [SECONDS]
# TARGET: codebook, sheet, decoder, csv, xmltv, html, feed, txt, transcript, mentions, reference, reference-map, mapping
# New interesting inputs go to .build-fuzz/corpus/TARGET;
# a crash leaves crash-* in .build-fuzz/artifacts/. Replay one with:
#   MEDIAMON_FUZZ_TARGET=TARGET swift run mediamon-fuzz FILE
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh TARGET [SECONDS]}
seconds=${2:-60}
swift build --scratch-path .build-fuzz --product mediamon-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
mkdir -p ".build-fuzz/corpus/$target" .build-fuzz/artifacts
# Seeds: the project's own sample files for each format, plus small cases in Tests/Fuzz/seeds.
case "$target" in
  codebook) seeds="Codebooks" ;;
  sheet) seeds="Samples/data/codings/primary" ;;
  xmltv|transcript|mentions) seeds="Samples/data/examples" ;;
  html) seeds="Samples/data/examples/articles/zakon-kz" ;;
  reference) seeds="Samples/data/reference Tests/ReferenceData/arcom" ;;
  reference-map) seeds="Tests/ReferenceData/arcom" ;;
  feed|txt) seeds="Samples/data/examples/articles/tengrinews Samples/data/examples/articles/zhas-alash" ;;
  *) seeds="" ;;
esac
[ -d "Tests/Fuzz/seeds/$target" ] && seeds="$seeds Tests/Fuzz/seeds/$target"
MEDIAMON_FUZZ_TARGET=$target .build-fuzz/debug/mediamon-fuzz \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix=.build-fuzz/artifacts/ ".build-fuzz/corpus/$target" $seeds
