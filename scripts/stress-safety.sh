#!/usr/bin/env bash
# Runs the concurrency and crash-safety tests N times in a row (default 20) and counts the runs
# that passed: they spawn real processes and kill them, so one green run proves little.
#   scripts/stress-safety.sh [N]
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
filter='DataSafetyTests|twoMonitorsCodeIntoOneDatabaseAtOnce|aKilledCodingSession|aKilledImport|ctrlCQuits|aClosedTerminalLosesNothing'
swift build --build-tests >/dev/null || exit 1
passed=0
for i in $(seq 1 "$runs"); do
  if swift test --skip-build --filter "$filter" >/tmp/stress-safety-$i.log 2>&1; then
    passed=$((passed + 1)); echo "run $i: passed"
  else
    echo "run $i: FAILED (see /tmp/stress-safety-$i.log)"
  fi
done
echo "$passed passed, $((runs - passed)) failed"
