#!/usr/bin/env bash
# The contract fuzz test (src/test/java/org/passerelle/ContractFuzzTest.java) at bench size: every
# operation of openapi/openapi.yaml x every persona, 10,000 requests by default, on its own in-memory
# database. Writes bench/results/<date>-fuzz.md (requests, per-operation counts, statuses, failures,
# time) whether the run passes or not, and exits with the test's status.
#
#   bash bench/run-fuzz.sh                 # 10,000 requests, seed 20261210
#   bash bench/run-fuzz.sh 20000 42        # 20,000 requests, seed 42
set -uo pipefail
cd "$(dirname "$0")/.."

REQUESTS="${1:-10000}"
SEED="${2:-20261210}"
DATE="$(date +%Y-%m-%d)"
OUT="bench/results/${DATE}-fuzz.md"
LOG="bench/target/fuzz-${DATE}.log"
mkdir -p bench/results bench/target

START=$(date +%s)
./mvnw -B test -DskipFrontendTests -Dtest=ContractFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfuzz.requests="$REQUESTS" -Dfuzz.seed="$SEED" -Dfuzz.report="$OUT" \
  -Dfuzz.title="Contract fuzz run, ${DATE}: ${REQUESTS} requests, seed ${SEED}" >"$LOG" 2>&1
STATUS=$?
END=$(date +%s)

if [ ! -f "$OUT" ]; then
  echo "the fuzz test wrote no report; see $LOG" >&2
  exit 1
fi
{
  echo
  echo "## Run"
  echo
  echo "- Command: \`bash bench/run-fuzz.sh ${REQUESTS} ${SEED}\` (the test: \`./mvnw test -Dtest=ContractFuzzTest -Dfuzz.requests=${REQUESTS} -Dfuzz.seed=${SEED}\`)"
  echo "- Commit: \`$(git rev-parse --short HEAD)\`$(git diff --quiet HEAD -- src pom.xml openapi || echo ' (with local changes)')"
  echo "- Machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
  echo "- Wall clock, Maven included (build, app start): $((END - START)) s"
  echo "- Test result: $([ $STATUS -eq 0 ] && echo 'passed' || echo "failed (exit $STATUS): see the failures above")"
  echo "- Server errors logged during the run: $(grep -c 'ERROR \[' "$LOG" || true)"
} >>"$OUT"
echo "wrote $OUT (test exit $STATUS)"
exit $STATUS
