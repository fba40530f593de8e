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

start_portal() { # $@: extra arguments
  (cd "$WORK" && exec "$JDK/bin/java" $HEAP -XX:+ExitOnOutOfMemoryError -jar "$JAR" --spring.profiles.active=demo \
      --server.port="$PORT" --portal.base-url="http://127.0.0.1:$PORT" "$@" >"$WORK/app.log" 2>&1) &
  PID=$!
  # ready when the demo is complete: the home page shows the galleries, made once the demo images are processed
  until curl -s "http://127.0.0.1:$PORT/" 2>/dev/null | grep -q 'gallery-card'; do
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

echo "Starting the portal with its page cache…" >&2
start_portal
ARTICLE=$(curl -s "http://127.0.0.1:$PORT/actualites" | grep -oE 'href="/actualites/[a-z0-9-]+"' | grep -v archives | sed -n '1{s/href="//;s/"$//;p}' || true)
[ -n "$ARTICLE" ] || { echo "no article found on /actualites, see $WORK/app.log" >&2; exit 1; }
mkdir -p "$WORK/www"
curl -s "http://127.0.0.1:$PORT$ARTICLE" >"$WORK/www/article.html"
cat >"$WORK/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  gzip on; gzip_min_length 1024;
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
