#!/usr/bin/env bash
# Memory of a portal node under a surge, in a real memory cgroup, as in a container (issue 15).
#
#   bench/memory-bench.sh                                   # the default `java`
#   JDK=/usr/lib/jvm/temurin-25-jdk-amd64 bench/memory-bench.sh
#   CDS=1 bench/memory-bench.sh                             # with a class data sharing archive (see below)
#
# Starts the jar (built if missing) on the demo content in a fresh directory, as a portal node
# (ROLE=portal; ROLE=all is the demo with casework), inside a cgroup limited to CONTAINER_MB (cgroup v2 or
# v1, as root; without one the limit is not enforced and the script says so), warms it up, then opens
# SURGE_CONNECTIONS connections for SURGE_DURATION seconds on the home page (wrk, gzip). Prints wrk's
# figures (errors, timeouts), whether the process survived, its RSS at the end (anonymous and file-backed),
# the cgroup's peak, and the JVM's own account (Native Memory Tracking, committed). SETTLE (default 30) seconds
# pass between the demo being complete and the warm-up.
#
#   SURGE=search bench/memory-bench.sh                      # the surge on search results instead, none cached
#
# SURGE=search sends every request to /recherche with one of the words in SEARCH_WORDS and a parameter of its own
# (`&n=`, ignored by the page), so that no answer comes from the page cache: every request runs a query, its
# counts and its highlighting (Lucene, and the JIT compiling Lucene's large methods) and stores a page the cache
# then evicts — a flood of distinct searches, the costliest surge an anonymous visitor can send. All of it comes
# from one address, so past the first 60 searches a minute the node answers 429 (portal.search.searches-per-minute);
# APP_ARGS=--portal.search.searches-per-minute=1000000000 measures the searches themselves.
#
# JVM_OPTS defaults to the settings docs/OPERATIONS.md gives for a 512 MB container; -XX:+ExitOnOutOfMemoryError
# is always added. CDS=1 first extracts the jar (java -Djarmode=tools extract) and records a class data sharing
# archive in a training run that starts the application and stops (-Dspring.context.exit=onRefresh), then
# runs from the extracted jar with -XX:SharedArchiveFile (JDK 17 and newer). CDS_DIR=<dir> keeps the extracted
# jar and its archive there and reuses them in later runs (same jar, same JDK).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
JDK=${JDK:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
PORT=${PORT:-$((20000 + RANDOM % 20000))}
ROLE=${ROLE:-portal}
CONTAINER_MB=${CONTAINER_MB:-512}
SURGE_CONNECTIONS=${SURGE_CONNECTIONS:-1000}
SURGE_DURATION=${SURGE_DURATION:-60}
JVM_OPTS=${JVM_OPTS:--Xmx160m -Xss512k -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=32m -XX:+UseSerialGC -XX:CICompilerCount=2 -XX:TrimNativeHeapInterval=5000}
APP_ARGS=${APP_ARGS:-}
SURGE=${SURGE:-home}
SEARCH_WORDS=${SEARCH_WORDS:-solidarite inondations femmes enfants handicap ministre cooperation sinistres kits formation}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}  # glibc's per-thread arenas otherwise grow the RSS by tens of MB

command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }

JAR=$(ls "$ROOT"/target/portal-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$JAR" ]; then
  echo "Building the jar…" >&2
  mvn -q -B -ntp package -DskipTests >&2
  JAR=$(ls "$ROOT"/target/portal-*.jar | grep -v original | head -n 1)
fi

WORK=$(mktemp -d)
PID=""
CGROUP_DIR=""
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
  [ -n "$CGROUP_DIR" ] && rmdir "$CGROUP_DIR" 2>/dev/null || true
}
trap cleanup EXIT

ARGS=(--spring.profiles.active=demo --portal.role="$ROLE" --server.port="$PORT" --management.server.port=0
  --portal.base-url="http://127.0.0.1:$PORT")
RUN_JAR=$JAR
CDS_OPTS=""
if [ -n "${CDS:-}" ]; then
  APP=${CDS_DIR:-$WORK/app}
  RUN_JAR=$APP/$(basename "$JAR")
  if [ ! -f "$APP/portal.jsa" ]; then
    echo "Extracting the jar and recording the class data sharing archive (training run)…" >&2
    "$JDK/bin/java" -Djarmode=tools -jar "$JAR" extract --destination "$APP" >/dev/null
    mkdir -p "$WORK/train"
    (cd "$WORK/train" && "$JDK/bin/java" -XX:ArchiveClassesAtExit="$APP/portal.jsa" -Dspring.context.exit=onRefresh \
      -jar "$RUN_JAR" "${ARGS[@]}" >"$WORK/train.log" 2>&1) || { echo "training run failed, see $WORK/train.log" >&2; exit 1; }
  fi
  CDS_OPTS="-XX:SharedArchiveFile=$APP/portal.jsa"
  echo "Archive: $(($(stat -c %s "$APP/portal.jsa") / 1048576)) MB" >&2
fi

# a cgroup with a memory limit, as a container would have (v2 first, then v1)
CGROUP_PROCS=""
if [ -w /sys/fs/cgroup/cgroup.subtree_control ] && mkdir "/sys/fs/cgroup/portal-memory-$$" 2>/dev/null; then
  CGROUP_DIR=/sys/fs/cgroup/portal-memory-$$
  echo $((CONTAINER_MB * 1024 * 1024)) >"$CGROUP_DIR/memory.max"
  echo 0 >"$CGROUP_DIR/memory.swap.max" 2>/dev/null || true
  CGROUP_PROCS=$CGROUP_DIR/cgroup.procs
elif mkdir "/sys/fs/cgroup/memory/portal-memory-$$" 2>/dev/null; then
  CGROUP_DIR=/sys/fs/cgroup/memory/portal-memory-$$
  echo $((CONTAINER_MB * 1024 * 1024)) >"$CGROUP_DIR/memory.limit_in_bytes"
  echo $((CONTAINER_MB * 1024 * 1024)) >"$CGROUP_DIR/memory.memsw.limit_in_bytes" 2>/dev/null || true
  CGROUP_PROCS=$CGROUP_DIR/cgroup.procs
else
  echo "No memory cgroup could be made here: the ${CONTAINER_MB} MB limit is NOT enforced in this run." >&2
fi

echo "Starting: $JDK, $JVM_OPTS $CDS_OPTS, role $ROLE, cgroup ${CGROUP_DIR:-none}…" >&2
START=$(date +%s.%N)
(cd "$WORK" && { [ -z "$CGROUP_PROCS" ] || echo $BASHPID >"$CGROUP_PROCS"; } \
  && exec "$JDK/bin/java" $JVM_OPTS $CDS_OPTS -XX:+ExitOnOutOfMemoryError -XX:NativeMemoryTracking=summary \
    -jar "$RUN_JAR" "${ARGS[@]}" $APP_ARGS >"$WORK/app.log" 2>&1) &
PID=$!
# ready when the demo is complete (as in page-cache-bench.sh): the galleries on the home page, the articles listed
until curl -s "http://127.0.0.1:$PORT/" 2>/dev/null | grep -q 'gallery-card' \
    && curl -s "http://127.0.0.1:$PORT/actualites" 2>/dev/null | grep -oE 'href="/actualites/[a-z0-9-]+"' \
      | grep -qv archives; do
  sleep 0.2
  kill -0 "$PID" 2>/dev/null || { echo "the portal did not start, see $WORK/app.log" >&2; exit 1; }
done
STARTED=$(grep -oE 'Started [A-Za-z]+ in [0-9.]+ seconds' "$WORK/app.log" | head -n 1 || true)
# the demo's publication events are still being delivered for a few seconds after that (each drops the page cache)
sleep "${SETTLE:-30}"
for path in / /actualites; do curl -s -o /dev/null "http://127.0.0.1:$PORT$path"; done
wrk -t2 -c16 -d10s "http://127.0.0.1:$PORT/" >/dev/null
SURGE_URL="http://127.0.0.1:$PORT/"
SURGE_SCRIPT=()
if [ "$SURGE" = search ]; then
  cat >"$WORK/search.lua" <<LUA
local words = {}
for word in string.gmatch("$SEARCH_WORDS", "%S+") do table.insert(words, word) end
-- each wrk thread numbers its requests apart (the same random numbers in every thread would repeat addresses)
local threads = 0
function setup(thread) thread:set("id", threads); threads = threads + 1 end
local count = 0
request = function()
  count = count + 1
  return wrk.format(nil, "/recherche?q=" .. words[count % #words + 1] .. "&n=" .. id .. "-" .. count)
end
LUA
  SURGE_SCRIPT=(-s "$WORK/search.lua")
  SURGE_URL="http://127.0.0.1:$PORT"
  wrk -t2 -c16 -d20s "${SURGE_SCRIPT[@]}" "$SURGE_URL" >/dev/null  # the search path warmed up too
fi
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
OUT=$(wrk -t2 -c"$SURGE_CONNECTIONS" -d"${SURGE_DURATION}s" --timeout 10s --latency -H 'Accept-Encoding: gzip' \
  "${SURGE_SCRIPT[@]}" "$SURGE_URL" 2>&1)
ALIVE=yes
kill -0 "$PID" 2>/dev/null || ALIVE="NO (see $WORK/app.log; dmesg for an OOM kill)"
RSS=$(awk '/^VmRSS|^RssAnon|^RssFile|^RssShmem/ {printf "%s %d MB, ", $1, $2 / 1024}' /proc/$PID/status 2>/dev/null || echo "?")
PEAK=""
[ -f "$CGROUP_DIR/memory.max_usage_in_bytes" ] && PEAK="cgroup peak $(($(cat "$CGROUP_DIR/memory.max_usage_in_bytes") / 1048576)) MB"
[ -f "$CGROUP_DIR/memory.peak" ] && PEAK="cgroup peak $(($(cat "$CGROUP_DIR/memory.peak") / 1048576)) MB"
NMT=$("$JDK/bin/jcmd" "$PID" VM.native_memory summary scale=MB 2>/dev/null | grep -E '^(Total|-) ' \
  | grep -vE 'committed=0MB' | sed -E 's/ +/ /g; s/\(reserved=[0-9]+MB, //; s/\)$//' || true)

echo
echo "$("$JDK/bin/java" -version 2>&1 | head -n 1); $(nproc) cores; load $LOAD_BEFORE before the surge, $(cut -d' ' -f1-3 /proc/loadavg) after"
echo "JVM: $JVM_OPTS $CDS_OPTS, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX; role $ROLE $APP_ARGS; ${STARTED:-start-up time not logged}"
echo "Surge: $SURGE_CONNECTIONS connections, ${SURGE_DURATION}s, $([ "$SURGE" = search ] && echo "distinct searches (none cached)" || echo "home page")"
echo '```'
grep -E 'Requests/sec|Latency|^ +(50|90|99)%|Socket errors|Non-2xx|requests in' <<<"$OUT"
echo '```'
echo "Alive at the end: $ALIVE; ${RSS}limit $CONTAINER_MB MB (cgroup ${CGROUP_DIR:-none}${PEAK:+, $PEAK})"
echo "Native Memory Tracking (committed):"
echo '```'
echo "$NMT"
echo '```'
