#!/usr/bin/env bash
# Search delay on several nodes: how long after an article is published on node A node B's search finds it,
# with both nodes on one PostgreSQL and one OpenSearch (outbox-polling coordination).
#
#   bench/search-delay-bench.sh                          # 30 publications, polling interval 100ms (the default)
#   PUBLICATIONS=50 INTERVALS="100ms 500ms" bench/search-delay-bench.sh
#
# It runs SearchDelayBenchmark (src/test/java/org/cohesion/portal/nodes), skipped in the normal build, through
# Maven's PostgreSQL execution (a PostgreSQL at 127.0.0.1:5432 as for the tests; the OpenSearch node is the
# tests' own, started from Maven artifacts). Each publication is timed from the commit on node A to the first
# answer of node B's /recherche (through HTTP, asked every 10 ms) that lists it; 3 publications are not counted.
# Results are printed as Markdown rows, ready for docs/PERFORMANCE.md, with the load average at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
PUBLICATIONS=${PUBLICATIONS:-30}
INTERVALS=${INTERVALS:-100ms}

echo "| polling interval | publications | best (ms) | median (ms) | p90 (ms) | worst (ms) | load average |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for INTERVAL in $INTERVALS; do
  mvn -q -B -ntp test -Dtest=SearchDelayBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dportal.bench.search-delay=true -Dportal.bench.publications="$PUBLICATIONS" \
    -Dportal.bench.polling-interval="$INTERVAL" -Dspring-javaformat.skip=true \
    >target/search-delay-bench-"$INTERVAL".log 2>&1 \
    || { echo "benchmark failed: see target/search-delay-bench-$INTERVAL.log" >&2; exit 1; }
  sed -n 3p target/search-delay-bench.md
done
