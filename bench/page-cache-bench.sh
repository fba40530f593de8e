#!/usr/bin/env bash
# Rendered-page cache benchmark: the portal's public pages against nginx serving a saved copy of the same
# article page, side by side in one run, on this machine (loopback only).
#
#   bench/page-cache-bench.sh                       # the default `java`
#   JDK=/usr/lib/jvm/temurin-25-jdk-amd64 bench/page-cache-bench.sh
#
# Needs wrk and nginx (Debian packages `wrk`, `nginx`). The portal runs from the jar (built if missing) on
# the demo content in a fresh directory, heap capped as in a 512 MB container (-Xmx320m), twice: with the
# page cache (default) and without it (--portal.page-cache.enabled=false), so "uncached" is the same
# rendering the cache saves. Each line is the median of ROUNDS rounds of DURATION seconds at CONNECTIONS
# connections, the rounds interleaved between nginx and the portal so both see the same machine load.
#
#   SURGE=1 bench/page-cache-bench.sh               # then a surge: 1,000 connections for 60 s on the home page
#   SURGE_ONLY=1 bench/page-cache-bench.sh          # the surge alone
#
# The surge runs the portal as in a 512 MB container: the memory settings of docs/OPERATIONS.md
# (CONTAINER_OPTS) and, where this machine lets the script make a cgroup (v1 or v2, as root), a real memory
# limit of CONTAINER_MB (the kernel kills the process above it). It prints wrk's errors and timeouts, the
# process RSS at the end and the JVM's own account of its memory (Native Memory Tracking).
# bench/memory-bench.sh measures the same surge on a portal node alone (role, class data sharing, RSS anon/file).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
JDK=${JDK:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
PORT=${PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18090}
DURATION=${DURATION:-10}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-64}
HEAP=${HEAP:--Xmx320m}
SURGE_CONNECTIONS=${SURGE_CONNECTIONS:-1000}
SURGE_DURATION=${SURGE_DURATION:-60}
CONTAINER_MB=${CONTAINER_MB:-512}
CONTAINER_OPTS=${CONTAINER_OPTS:--Xmx160m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:MaxDirectMemorySize=32m -XX:+UseSerialGC -XX:CICompilerCount=2 -XX:TrimNativeHeapInterval=5000}
CONTAINER_ARGS=${CONTAINER_ARGS:---server.tomcat.threads.max=64}

command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }
command -v nginx >/dev/null || { echo "nginx is needed (apt-get install nginx)" >&2; exit 1; }

JAR=$(ls "$ROOT"/target/portal-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$JAR" ]; then
  echo "Building the jar…" >&2
  mvn -q -B -ntp package -DskipTests >&2
  JAR=$(ls "$ROOT"/target/portal-*.jar | grep -v original | head -n 1)
fi

WORK=$(mktemp -d)
chmod 755 "$WORK"  # nginx's workers read the saved page from here
PID=""
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

CGROUP_PROCS=""
start_portal() { # $@: extra arguments
  (cd "$WORK" && { [ -z "$CGROUP_PROCS" ] || echo $BASHPID >"$CGROUP_PROCS"; } \
    && exec "$JDK/bin/java" $HEAP -XX:+ExitOnOutOfMemoryError -jar "$JAR" --spring.profiles.active=demo \
      --server.port="$PORT" --management.server.port=0 --portal.base-url="http://127.0.0.1:$PORT" \
      --portal.search.searches-per-minute=1000000000 "$@" >"$WORK/app.log" 2>&1) &
  PID=$!
  # ready when the demo is complete: the home page shows the galleries, made once the demo images are processed,
  # and the articles listed (a list cached while the demo was still loading is dropped once they are announced)
  until curl -s "http://127.0.0.1:$PORT/" 2>/dev/null | grep -q 'gallery-card' \
      && curl -s "http://127.0.0.1:$PORT/actualites" 2>/dev/null | grep -oE 'href="/actualites/[a-z0-9-]+"' \
        | grep -qv archives; do
    sleep 0.2
    kill -0 "$PID" 2>/dev/null || { echo "the portal did not start, see $WORK/app.log" >&2; exit 1; }
  done
}

stop_portal() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; }

# one wrk run: prints "req/s p50_ms p99_ms errors"
measure() {
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -H 'Accept-Encoding: gzip' "$1" 2>/dev/null | awk '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
    /Socket errors/ { errors = $4 + $6 + $8 + $10 } /Non-2xx/ { errors += $5 }
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    END { printf "%.0f %.2f %.2f %d\n", rps, ms(p50), ms(p99), errors + 0 }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

declare -A RESULTS
run_rounds() { # name url... ; interleaves the named targets
  local names=("$@")
  for _ in $(seq 1 "$ROUNDS"); do
    for pair in "${names[@]}"; do
      local name=${pair%%=*} url=${pair#*=}
      RESULTS[$name]+="$(measure "$url")"$'\n'
    done
  done
}

summary() { # name -> "req/s p50 p99 errors" medians
  local lines=${RESULTS[$1]}
  echo "$(awk '{print $1}' <<<"$lines" | grep . | median) $(awk '{print $2}' <<<"$lines" | grep . | median) $(awk '{print $3}' <<<"$lines" | grep . | median) $(awk '{s+=$4} END {print s+0}' <<<"$lines")"
}

# a cgroup with a memory limit, as a container would have (v2 first, then v1); none if not allowed
make_cgroup() {
  local dir
  if [ -w /sys/fs/cgroup/cgroup.subtree_control ] && dir=/sys/fs/cgroup/portal-bench-$$ && mkdir "$dir" 2>/dev/null; then
    echo $((CONTAINER_MB * 1024 * 1024)) >"$dir/memory.max" && echo 0 >"$dir/memory.swap.max" 2>/dev/null || true
    CGROUP_DIR=$dir; CGROUP_PROCS=$dir/cgroup.procs
  elif dir=/sys/fs/cgroup/memory/portal-bench-$$ && mkdir "$dir" 2>/dev/null; then
    echo $((CONTAINER_MB * 1024 * 1024)) >"$dir/memory.limit_in_bytes"
    echo $((CONTAINER_MB * 1024 * 1024)) >"$dir/memory.memsw.limit_in_bytes" 2>/dev/null || true
    CGROUP_DIR=$dir; CGROUP_PROCS=$dir/cgroup.procs
  fi
}

surge() {
  CGROUP_DIR=""
  make_cgroup
  HEAP="$CONTAINER_OPTS -XX:NativeMemoryTracking=summary"
  export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}  # glibc's per-thread arenas otherwise grow the RSS by tens of MB
  echo "Surge: $SURGE_CONNECTIONS connections for ${SURGE_DURATION}s on the home page, $CONTAINER_OPTS $CONTAINER_ARGS, cgroup ${CGROUP_DIR:-none}…" >&2
  start_portal $CONTAINER_ARGS
  for path in / /actualites; do curl -s -o /dev/null "http://127.0.0.1:$PORT$path"; done
  wrk -t2 -c16 -d3s "http://127.0.0.1:$PORT/" >/dev/null
  local out
  out=$(wrk -t2 -c"$SURGE_CONNECTIONS" -d"${SURGE_DURATION}s" --timeout 10s --latency -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT/" 2>&1)
  local alive=yes rss nmt
  kill -0 "$PID" 2>/dev/null || alive="NO (see $WORK/app.log, dmesg for an OOM kill)"
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$PID/status 2>/dev/null || echo "?")
  nmt=$("$JDK/bin/jcmd" "$PID" VM.native_memory summary scale=MB 2>/dev/null | grep -E '^(Total|-) ' | grep -vE 'reserved=0KB|committed=0MB' | sed -E 's/ +/ /g; s/\(reserved=[0-9]+MB, //; s/\)$//' || true)
  echo
  echo "Surge ($(cut -d' ' -f1-3 /proc/loadavg) load after): $SURGE_CONNECTIONS connections, ${SURGE_DURATION}s, home page, JVM: $CONTAINER_OPTS, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX, $CONTAINER_ARGS"
  echo '```'
  grep -E 'Requests/sec|Latency|^ +(50|90|99)%|Socket errors|Non-2xx|requests in' <<<"$out"
  echo '```'
  echo "Process alive at the end: $alive; RSS at the end: ${rss} MB (limit ${CONTAINER_MB} MB, cgroup ${CGROUP_DIR:-none}$([ -n "$CGROUP_DIR" ] && [ -f "$CGROUP_DIR/memory.max_usage_in_bytes" ] && echo ", cgroup peak $(($(cat "$CGROUP_DIR/memory.max_usage_in_bytes") / 1048576)) MB"))"
  echo "Native Memory Tracking (committed):"
  echo '```'
  echo "$nmt"
  echo '```'
  stop_portal
  [ -n "$CGROUP_DIR" ] && rmdir "$CGROUP_DIR" 2>/dev/null || true
}

if [ -n "${SURGE_ONLY:-}" ]; then
  surge
  exit 0
fi

echo "Starting the portal with its page cache…" >&2
start_portal
ARTICLE=$(curl -s "http://127.0.0.1:$PORT/actualites" | grep -oE 'href="/actualites/[a-z0-9-]+"' | grep -v archives | sed -n '1{s/href="//;s/"$//;p}' || true)
[ -n "$ARTICLE" ] || { echo "no article found on /actualites, see $WORK/app.log" >&2; exit 1; }
mkdir -p "$WORK/www"
curl -s "http://127.0.0.1:$PORT$ARTICLE" >"$WORK/www/article.html"
gzip -k -6 "$WORK/www/article.html"  # nginx serves it compressed ahead, as the portal's cache does
cat >"$WORK/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  gzip_static on;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; location / { default_type text/html; etag on; } }
}
CONF
nginx -c "$WORK/nginx.conf"
for path in / "$ARTICLE" /actualites "/recherche?q=solidarite"; do curl -s -o /dev/null "http://127.0.0.1:$PORT$path"; done
wrk -t2 -c16 -d3s "http://127.0.0.1:$PORT$ARTICLE" >/dev/null
echo "Measuring, cache on ($ROUNDS rounds of ${DURATION}s at $CONNECTIONS connections)…" >&2
run_rounds "nginx=http://127.0.0.1:$NGINX_PORT/article.html" "cached-article=http://127.0.0.1:$PORT$ARTICLE" \
  "cached-home=http://127.0.0.1:$PORT/" "cached-search=http://127.0.0.1:$PORT/recherche?q=solidarite"
RSS_CACHED=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$PID/status)
stop_portal

echo "Measuring, cache off…" >&2
start_portal --portal.page-cache.enabled=false
for path in / "$ARTICLE" "/recherche?q=solidarite"; do curl -s -o /dev/null "http://127.0.0.1:$PORT$path"; done
wrk -t2 -c16 -d3s "http://127.0.0.1:$PORT$ARTICLE" >/dev/null
run_rounds "nginx-again=http://127.0.0.1:$NGINX_PORT/article.html" "uncached-article=http://127.0.0.1:$PORT$ARTICLE" \
  "uncached-home=http://127.0.0.1:$PORT/" "uncached-search=http://127.0.0.1:$PORT/recherche?q=solidarite"
stop_portal

NGINX_RPS=$(summary nginx | awk '{print $1}')
echo
echo "JDK: $("$JDK/bin/java" -version 2>&1 | head -n 1); $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg); heap $HEAP; RSS with cache after its rounds: ${RSS_CACHED} MB"
echo
echo "| target | req/s | p50 (ms) | p99 (ms) | errors | % of nginx |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
for name in nginx cached-article cached-home cached-search nginx-again uncached-article uncached-home uncached-search; do
  read -r rps p50 p99 errors <<<"$(summary "$name")"
  echo "| $name | $rps | $p50 | $p99 | $errors | $(awk -v a="$rps" -v b="$NGINX_RPS" 'BEGIN { printf "%.1f %%", 100 * a / b }') |"
done

[ -n "${SURGE:-}" ] && surge
exit 0
