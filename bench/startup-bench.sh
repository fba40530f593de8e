#!/usr/bin/env bash
# A newcomer's first minute: from `git clone` to the demo's home page showing its galleries, with the
# README's command (`mvn spring-boot:run`), split into clone, Maven (compilation included) and the
# application's own start.
#
#   bench/startup-bench.sh                      # HEAD of this checkout, once, with the default `java`
#   bench/startup-bench.sh main HEAD            # several commits, interleaved (A B A B… for RUNS rounds)
#   RUNS=3 JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/startup-bench.sh HEAD
#
# Each run clones the commit into a fresh directory (so ./data, target/ and the demo content start empty, as
# for a newcomer) and runs `mvn -o -B -q spring-boot:run` on a free port (the Maven repository must already
# hold every dependency: -o). It polls http://127.0.0.1:PORT/ until the HTML contains `gallery-card`, i.e.
# until the demo images went through the media pipeline and the galleries exist. Compare only numbers taken
# in the same run: the load average is printed with each line, and this 2-core machine is shared.
#
# Columns: total (clone → galleries on the home page); clone; maven (clone done → the application's JVM
# started, as reported by Spring Boot's "process running for"); start ("Started … in"); galleries (JVM start →
# galleries shown: demo loaders up to the media library's); demo done (clone → readiness UP on the management
# port, which Spring Boot reports only once every ApplicationRunner, i.e. every demo loader, has run); CPU (seconds
# of CPU used by Maven and the application together until the galleries showed: less sensitive to the machine's
# load than the wall clock); index build (the search index's first build, which starts once the demo is loaded and
# runs in the background, from its log line). KEEP=1 keeps the clones (their app.log holds the application's output).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
RUNS=${RUNS:-1}
PORT=${PORT:-18090}
TIMEOUT=${TIMEOUT:-300}
REFS=("$@")
[ ${#REFS[@]} -eq 0 ] && REFS=(HEAD)

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
load() { cut -d' ' -f1 /proc/loadavg; }

java_version=$("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -n 1 | sed -E 's/.*version "([^"]+)".*/\1/')
echo "JDK $java_version, $(nproc) cores"
echo
echo "| commit | load before | total (s) | clone | maven + javac | start (Spring) | JVM start → galleries | demo done | CPU (s) | index build after (ms) | load after |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"

cpu_of_group() { # CPU seconds (user + system) of every process of a process group
  local total=0 p
  for p in $(pgrep -g "$1"); do
    total=$(awk -v t="$total" '{ print t + ($14 + $15) / 100 }' "/proc/$p/stat" 2>/dev/null || echo "$total")
  done
  printf '%.1f' "$total"
}

run_one() {
  local ref=$1 commit work t0 t1 t_ready t_done load0 log pid started jvm_uptime cpu
  commit=$(git -C "$REPO" rev-parse --short "$ref")
  work=$(mktemp -d /tmp/startup-bench.XXXXXX)
  log="$work/app.log"
  load0=$(load)
  t0=$(now)
  git clone -q "$REPO" "$work/portal"
  git -C "$work/portal" checkout -q "$commit"
  t1=$(now)
  # A process group of its own, so that Maven and the application it forks are measured and stopped together.
  (cd "$work/portal" && exec setsid mvn -o -B -q spring-boot:run \
    "-Dspring-boot.run.arguments=--server.port=$PORT --management.server.port=$((PORT + 1))" \
    >"$log" 2>&1) &
  pid=$!
  local deadline=$(( $(date +%s) + TIMEOUT ))
  t_ready=""; t_done=""
  while [ -z "$t_done" ]; do
    if [ -z "$t_ready" ] && curl -sf "http://127.0.0.1:$PORT/" 2>/dev/null | grep -q 'gallery-card'; then
      t_ready=$(now); cpu=$(cpu_of_group "$pid")
    fi
    if curl -sf "http://127.0.0.1:$((PORT + 1))/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
      t_done=$(now)
      [ -z "$t_ready" ] && curl -sf "http://127.0.0.1:$PORT/" | grep -q 'gallery-card' && { t_ready=$t_done; cpu=$(cpu_of_group "$pid"); }
    fi
    if ! kill -0 "$pid" 2>/dev/null || [ "$(date +%s)" -gt "$deadline" ]; then
      echo "| $commit | $load0 | failed, see $log | | | | | | | | |"
      kill -- -"$pid" 2>/dev/null || true
      return
    fi
    sleep 0.2
  done
  # "Started PortalApplication in 12.345 seconds (process running for 13.456)", and that line's own clock
  started=$(grep -oE 'Started [A-Za-z]+ in [0-9.]+ seconds' "$log" | head -n 1 | grep -oE '[0-9.]+ seconds' | cut -d' ' -f1)
  jvm_uptime=$(grep -oE 'process running for [0-9.]+' "$log" | head -n 1 | grep -oE '[0-9.]+$')
  local line_clock started_at jvm_at
  line_clock=$(grep -E 'Started [A-Za-z]+ in' "$log" | head -n 1 | grep -oE '^[0-9-]+T[0-9:.]+(Z|[+-][0-9:]+)?')
  started_at=$(date -d "$line_clock" +%s.%N)
  jvm_at=$(awk -v s="$started_at" -v u="$jvm_uptime" 'BEGIN { printf "%.3f", s - u }')
  # the search index's first build runs after readiness, in the background: its own time, from its log line
  local rebuild="n/a"
  for _ in $(seq 1 150); do
    rebuild=$(grep -oE 'Search index rebuilt: [0-9]+ documents in [0-9]+ ms' "$log" | grep -oE '[0-9]+ ms' | cut -d' ' -f1 || true)
    [ -n "$rebuild" ] && break
    sleep 0.2
  done
  kill -- -"$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "| $commit | $load0 | $(secs "$t0" "$t_ready") | $(secs "$t0" "$t1") | $(secs "$t1" "$jvm_at") | $started | $(secs "$jvm_at" "$t_ready") | $(secs "$t0" "$t_done") | $cpu | ${rebuild:-n/a} | $(load) |"
  if [ -z "${KEEP:-}" ]; then rm -rf "$work"; else echo "  (kept $work)" >&2; fi
}

for _ in $(seq 1 "$RUNS"); do
  for ref in "${REFS[@]}"; do
    run_one "$ref"
  done
done
