#!/usr/bin/env bash
# Casework benchmark (issue 12): PEOPLE synthetic people, each with a case file, over the six cells, once on
# the embedded H2 and once on PostgreSQL (the build's two test executions; a fresh schema in the local
# server, as the test suite uses), then the case search by name and
# by phone and the case page as a cell supervisor, through the whole stack but the socket: security chain,
# need-to-know (the cell's cases), the read audit written in the same transaction, decryption, template.
#
#   bench/casework-bench.sh                       # 100,000 people, 200 rounds, default java + temurin-25
#   PEOPLE=20000 ROUNDS=100 JDKS=/usr/lib/jvm/java-17-openjdk-amd64 bench/casework-bench.sh
#
# It runs CaseworkBenchmark (src/test/java/org/cohesion/portal/casework/person), skipped in the normal build.
# Prints Markdown rows for docs/PERFORMANCE.md: p50 / p95 / p99 in milliseconds, and the load average.
set -euo pipefail
cd "$(dirname "$0")/.."
PEOPLE=${PEOPLE:-100000}
ROUNDS=${ROUNDS:-200}
if [ -z "${JDKS:-}" ]; then
  JDKS="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  for extra in /usr/lib/jvm/temurin-25-jdk-amd64; do [ -x "$extra/bin/java" ] && JDKS="$JDKS $extra"; done
fi
mkdir -p target
rm -f target/casework-bench.md
echo "| Java | database | people and cases | generating | search by name p50 / p95 / p99 (ms) | search by phone | case page | load average |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for JDK in $JDKS; do
  JAVA_HOME="$JDK" mvn -q -B -ntp test -Dtest=CaseworkBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dportal.bench.casework=true -Dportal.bench.people="$PEOPLE" -Dportal.bench.rounds="$ROUNDS" \
    -Dspring-javaformat.skip=true -DargLine="-Xmx1g" \
    >target/casework-bench-"$(basename "$JDK")".log 2>&1 \
    || { echo "benchmark failed with $JDK: see target/casework-bench-$(basename "$JDK").log" >&2; exit 1; }
done
cat target/casework-bench.md
