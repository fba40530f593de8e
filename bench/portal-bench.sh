#!/usr/bin/env bash
# Public portal benchmark: time to ready, page weight over the wire, and throughput of public pages.
#
#   bench/portal-bench.sh                # every JDK found: the default `java` and /usr/lib/jvm/temurin-25-*
#   JDKS="/usr/lib/jvm/java-17-openjdk-amd64" bench/portal-bench.sh
#
# Everything runs on this machine (loopback only). Each JDK gets a fresh working directory, so the first
# start includes creating the H2 database, running the Flyway migrations and loading the demo content, as a
# new user's first `mvn spring-boot:run` does. Throughput needs `wrk` (Debian package wrk); without it that
# part is skipped. Results are printed as Markdown, ready for docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PORT=${PORT:-18080}
DURATION=${DURATION:-10}

if [ -z "${JDKS:-}" ]; then
  JDKS="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  for extra in /usr/lib/jvm/temurin-25-jdk-amd64; do [ -x "$extra/bin/java" ] && JDKS="$JDKS $extra"; done
fi

echo "Building the jar…" >&2
mvn -q -B -ntp package -DskipTests >&2
JAR=$(ls "$ROOT"/target/portal-*.jar | grep -v original | head -n 1)

now_ms() { date +%s%3N; }

gz_bytes() { curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "http://127.0.0.1:$PORT$1"; }

page_weight() { # HTML + the CSS and JS it references, compressed, images excluded
  local path=$1 html total
  html=$(curl -s "http://127.0.0.1:$PORT$path")
  total=$(gz_bytes "$path")
  for asset in $(grep -oE '(href|src)="/(css|js)/[^"]+"' <<<"$html" | sed -E 's/^(href|src)="//; s/"$//'); do
    total=$((total + $(gz_bytes "$asset")))
  done
  echo "$total"
}

echo "| JDK | first start to ready (ms) | home (B) | article (B) | list (B) | home req/s | home p50 / p99 | article req/s | article p50 / p99 |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |"
for JDK in $JDKS; do
  WORK=$(mktemp -d)
  VERSION=$("$JDK/bin/java" -version 2>&1 | head -n 1 | sed -E 's/.*version "([^"]+)".*/\1/')
  START=$(now_ms)
  (cd "$WORK" && exec "$JDK/bin/java" -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" \
      --portal.base-url="http://127.0.0.1:$PORT" >"$WORK/app.log" 2>&1) &
  PID=$!
  until curl -s "http://127.0.0.1:$PORT/" 2>/dev/null | grep -q 'À la une'; do
    sleep 0.1
    kill -0 "$PID" 2>/dev/null || { echo "the portal did not start, see $WORK/app.log" >&2; exit 1; }
  done
  READY=$(( $(now_ms) - START ))
  ARTICLE=$(curl -s "http://127.0.0.1:$PORT/actualites" | grep -oE 'href="/actualites/[a-z0-9-]+"' | grep -v archives | head -n 1 | sed -E 's/href="//; s/"$//')
  HOME_W=$(page_weight /)
  ARTICLE_W=$(page_weight "$ARTICLE")
  LIST_W=$(page_weight /actualites)
  HOME_T="n/a"; HOME_L="n/a"; ART_T="n/a"; ART_L="n/a"
  if command -v wrk >/dev/null; then
    wrk -t2 -c16 -d2s -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT/" >/dev/null  # warm-up
    wrk -t2 -c16 -d2s -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT$ARTICLE" >/dev/null
    OUT=$(wrk -t2 -c16 -d"${DURATION}s" --latency -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT/")
    HOME_T=$(awk '/Requests\/sec/ {printf "%d", $2}' <<<"$OUT")
    HOME_L="$(awk '$1=="50%" {print $2}' <<<"$OUT") / $(awk '$1=="99%" {print $2}' <<<"$OUT")"
    OUT=$(wrk -t2 -c16 -d"${DURATION}s" --latency -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT$ARTICLE")
    ART_T=$(awk '/Requests\/sec/ {printf "%d", $2}' <<<"$OUT")
    ART_L="$(awk '$1=="50%" {print $2}' <<<"$OUT") / $(awk '$1=="99%" {print $2}' <<<"$OUT")"
  fi
  echo "| $VERSION | $READY | $HOME_W | $ARTICLE_W | $LIST_W | $HOME_T | $HOME_L | $ART_T | $ART_L |"
  kill "$PID"; wait "$PID" 2>/dev/null || true
  rm -rf "$WORK"
done
