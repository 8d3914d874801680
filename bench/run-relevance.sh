#!/usr/bin/env bash
# Scores the plans against the blind relevance evaluation set (src/test/resources/relevance/) and writes
# bench/results/<date>-relevance.md: hit@3, nDCG@5 and notFirst@3, overall, per domain and per profile.
# The same test (RelevanceTest) runs in the test command with its floors; this script keeps the report.
set -euo pipefail
cd "$(dirname "$0")/.."
out="bench/results/$(date +%F)-relevance.md"
./mvnw -B -q test -DskipFrontendTests -Dtest=RelevanceTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Drelevance.report="$PWD/$out" || echo "RelevanceTest is below a floor: see $out"
echo "wrote $out"
