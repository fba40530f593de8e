#!/usr/bin/env bash
# Search benchmark: 20,000 generated French articles, full rebuild of the Lucene index on disk, then the
# latency of a fixed set of 30 queries (words, phrases, a typo, filters, sort by date, later pages).
#
#   bench/search-bench.sh                 # the default `java` and /usr/lib/jvm/temurin-25-* when present
#   JDKS="/usr/lib/jvm/java-17-openjdk-amd64" ARTICLES=5000 ROUNDS=10 bench/search-bench.sh
#
# It runs SearchBenchmark (src/test/java/org/cohesion/portal/search), skipped in the normal build, through
# Maven with each JDK: the whole application on an in-memory H2 database, articles written straight into
# the table, the index rebuilt by the back office's rebuild (Hibernate Search's mass indexer, 2 loading
# threads) into a fresh temporary folder, 5 warm-up rounds, then ROUNDS rounds of the 30 queries through
# the search module (analysis, highlighting and the type/section/year counts included; HTTP excluded).
# Results are printed as Markdown rows, ready for docs/PERFORMANCE.md. On a shared machine, wall-clock times
# depend on what else runs: the CPU time of each query (its thread's) and of the rebuild (the process's) and
# the load average at the end are printed too, so that runs can be compared. Each query runs twice per round,
# in alternating order: with the type and section counts made as before ("terms": terms aggregations on the
# strings) and as now ("codes": range aggregations on numeric codes); both must give the same results.
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES=${ARTICLES:-20000}
ROUNDS=${ROUNDS:-20}

if [ -z "${JDKS:-}" ]; then
  JDKS="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  for extra in /usr/lib/jvm/temurin-25-jdk-amd64; do [ -x "$extra/bin/java" ] && JDKS="$JDKS $extra"; done
fi

mkdir -p target
rm -f target/search-bench.md
echo "| JDK | counts by type and section | articles | text | generating | full reindex (process CPU) | index on disk | queries | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | CPU per query p50 / p95 / p99 (ms) | load average |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for JDK in $JDKS; do
  JAVA_HOME="$JDK" mvn -q -B -ntp test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dportal.bench.search=true -Dportal.bench.articles="$ARTICLES" -Dportal.bench.rounds="$ROUNDS" \
    -Dspring-javaformat.skip=true -DargLine="-Xmx1g" >target/search-bench-"$(basename "$JDK")".log 2>&1 \
    || { echo "benchmark failed with $JDK: see target/search-bench-$(basename "$JDK").log" >&2; exit 1; }
done
cat target/search-bench.md
