#!/usr/bin/env bash
# Pages rendered from the database (issue 15): two jars of the portal side by side, both with the rendered-page
# cache off, measured in interleaved rounds on the same machine (loopback only): home, an article, search results.
#
#   BEFORE_JAR=/tmp/before.jar AFTER_JAR=target/portal-0.1.0-SNAPSHOT.jar bench/render-bench.sh
#   JDKS="/usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/temurin-25-jdk-amd64" ROUNDS=3 DURATION=10 bench/render-bench.sh
#
# Needs wrk (Debian package `wrk`). Each jar runs the demo content in a fresh directory with
# --portal.page-cache.enabled=false (what bench/page-cache-bench.sh calls "cache off"; read models, kept between
# content changes, stay as configured: on by default), heap -Xmx320m, and no limit on searches per address (wrk
# sends every request from one; jars older than that setting ignore it). Each line is the median of ROUNDS rounds of
# DURATION seconds at CONNECTIONS connections; p50/p95/p99 from wrk's latency histogram; errors (summed over the
# rounds) are wrk's: connect, read, write, timeouts and non-2xx answers (the French 503 given after the pool's 1 s
# wait on a saturated machine), which wrk counts in req/s too. The two portals run at
# the same time, so each round of one also sees the other idle: what differs between rows is the jar.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${BEFORE_JAR:?BEFORE_JAR: the jar to compare against}"
AFTER_JAR=${AFTER_JAR:-$(ls target/portal-*.jar | grep -v original | head -n 1)}
if [ -z "${JDKS:-}" ]; then
  JDKS="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  for extra in /usr/lib/jvm/temurin-25-jdk-amd64; do [ -x "$extra/bin/java" ] && JDKS="$JDKS $extra"; done
fi
PORT_BEFORE=${PORT_BEFORE:-18181}
PORT_AFTER=${PORT_AFTER:-18182}
DURATION=${DURATION:-10}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-64}
HEAP=${HEAP:--Xmx320m}
QUERY=${QUERY:-solidarite}
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }

WORK=$(mktemp -d)
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

# wrk prints p50, p95 and p99 in ms from its histogram
cat >"$WORK/latency.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("LATENCY %.2f %.2f %.2f %d\n", latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout))
end
LUA

start() { # name jar port jdk
  mkdir -p "$WORK/$1"
  (cd "$WORK/$1" && exec "$4/bin/java" $HEAP -XX:+ExitOnOutOfMemoryError -jar "$2" --spring.profiles.active=demo \
    --server.port="$3" --management.server.port=0 --portal.base-url="http://127.0.0.1:$3" \
    --portal.page-cache.enabled=false --portal.search.searches-per-minute=1000000000 >"$WORK/$1/app.log" 2>&1) &
  PIDS+=($!)
  echo $! >"$WORK/$1/pid"
}

ready() { # port name: the demo is complete (galleries on the home page, articles listed)
  until curl -s "http://127.0.0.1:$1/" 2>/dev/null | grep -q 'gallery-card' \
      && curl -s "http://127.0.0.1:$1/actualites" 2>/dev/null | grep -oE 'href="/actualites/[a-z0-9-]+"' \
        | grep -qv archives; do
    sleep 1
    kill -0 "$(cat "$WORK/$2/pid")" 2>/dev/null || { echo "$2 did not start, see $WORK/$2/app.log" >&2; exit 1; }
  done
}

measure() { # url -> "req/s p50 p95 p99 errors"
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$WORK/latency.lua" -H 'Accept-Encoding: gzip' "$1" 2>/dev/null \
    | awk '/Requests\/sec/ { rps = $2 } /^LATENCY/ { p50 = $2; p95 = $3; p99 = $4; errors = $5 }
      END { printf "%.0f %s %s %s %d\n", rps, p50, p95, p99, errors }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "| JDK | page | jar | req/s | p50 (ms) | p95 (ms) | p99 (ms) | errors | load average |"
echo "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |"
for JDK in $JDKS; do
  version=$("$JDK/bin/java" -version 2>&1 | head -n 1 | sed -E 's/.*"([^"]+)".*/\1/')
  rm -rf "$WORK/before" "$WORK/after"
  PIDS=()
  start before "$BEFORE_JAR" "$PORT_BEFORE" "$JDK"
  start after "$AFTER_JAR" "$PORT_AFTER" "$JDK"
  ready "$PORT_BEFORE" before
  ready "$PORT_AFTER" after
  ARTICLE=$(curl -s "http://127.0.0.1:$PORT_AFTER/actualites" | grep -oE 'href="/actualites/[a-z0-9-]+"' | grep -v archives \
    | sed -n '1{s/href="//;s/"$//;p}')
  declare -A RESULTS=()
  PAGES=("home=/" "article=$ARTICLE" "search=/recherche?q=$QUERY")
  for port in "$PORT_BEFORE" "$PORT_AFTER"; do  # warm-up: JIT, pools, the demo's last background work
    for pair in "${PAGES[@]}"; do wrk -t2 -c16 -d5s "http://127.0.0.1:$port${pair#*=}" >/dev/null 2>&1; done
  done
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  for _ in $(seq 1 "$ROUNDS"); do
    for pair in "${PAGES[@]}"; do
      for jar in before after; do
        port=$PORT_BEFORE; [ "$jar" = after ] && port=$PORT_AFTER
        RESULTS[$jar-${pair%%=*}]+="$(measure "http://127.0.0.1:$port${pair#*=}")"$'\n'
      done
    done
  done
  load_after=$(cut -d' ' -f1-3 /proc/loadavg)
  for pair in "${PAGES[@]}"; do
    for jar in before after; do
      lines=${RESULTS[$jar-${pair%%=*}]}
      col() { awk -v c="$1" '{print $c}' <<<"$lines" | grep . | median; }
      errors=$(awk '{s += $5} END {print s + 0}' <<<"$lines")
      echo "| $version | ${pair%%=*} | $jar | $(col 1) | $(col 2) | $(col 3) | $(col 4) | $errors | $load_before → $load_after |"
    done
  done
  cleanup
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
done
