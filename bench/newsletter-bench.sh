#!/usr/bin/env bash
# Newsletter sending benchmark: one edition to 100,000 subscribers, delivered to a local SMTP sink.
#
#   bench/newsletter-bench.sh            # every JDK found: the default `java` and /usr/lib/jvm/temurin-25-*
#   SUBSCRIBERS=20000 bench/newsletter-bench.sh
#   NO_BUILD=1 JAR=/path/to/other/portal.jar bench/newsletter-bench.sh   # another build (before/after)
#   KILL_AT=5000 bench/newsletter-bench.sh   # kill -9 the portal once the sink has 5,000 messages, start it
#                                            # again, and count the deliveries left UNCERTAIN by the crash
#
# Needs PostgreSQL on 127.0.0.1:5432 (database `test`, user `postgres` or PGUSER, trust authentication):
# the production database, and one the script can fill with 100,000 rows without going through the
# back office. Each JDK gets a fresh schema. The portal runs from the jar with -Xmx256m (the heap budget:
# it would fail with an OutOfMemoryError above it) and the rate limit lifted; the SMTP sink
# (bench/SmtpSink.java) counts the messages each address got. Prints Markdown for docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PORT=${PORT:-18092}
SMTP_PORT=${SMTP_PORT:-2526}
SUBSCRIBERS=${SUBSCRIBERS:-100000}
BATCH=${BATCH:-200}
PGUSER=${PGUSER:-postgres}
PSQL=(psql -q -h 127.0.0.1 -U "$PGUSER" -d test -v ON_ERROR_STOP=1)

if [ -z "${JDKS:-}" ]; then
  JDKS="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  for extra in /usr/lib/jvm/temurin-25-jdk-amd64; do [ -x "$extra/bin/java" ] && JDKS="$JDKS $extra"; done
fi

if [ -z "${NO_BUILD:-}" ]; then
  echo "Building the jar…" >&2
  mvn -q -B -ntp package -DskipTests >&2
fi
JAR=${JAR:-$(ls "$ROOT"/target/portal-*.jar | grep -v original | head -n 1)}

# outside demo mode the portal refuses to start without its keys (never defaults): fresh ones for this run
export PORTAL_ROLE=${PORTAL_ROLE:-portal}   # a portal node: the newsletter's side, no casework database or keys
export PORTAL_AUDIT_KEY=${PORTAL_AUDIT_KEY:-$(openssl rand -base64 32)}
export PORTAL_ACCOUNTS_KEYSET=${PORTAL_ACCOUNTS_KEYSET:-$(openssl rand -base64 32)}
export PORTAL_FORM_SECRET=${PORTAL_FORM_SECRET:-$(openssl rand -base64 32)}

now_ms() { date +%s%3N; }

echo "| JDK | subscribers | queued in (ms) | sent in (s) | messages/s | peak heap used (MB) | duplicates | delivered |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for JDK in $JDKS; do
  WORK=$(mktemp -d)
  SCHEMA="nlbench_$(date +%s)"
  VERSION=$("$JDK/bin/java" -version 2>&1 | head -n 1 | sed -E 's/.*version "([^"]+)".*/\1/')
  "${PSQL[@]}" -c "create schema $SCHEMA"
  "$JDK/bin/java" "$ROOT/bench/SmtpSink.java" "$SMTP_PORT" "$WORK/sink.txt" >"$WORK/sink.log" 2>&1 &
  SINK=$!
  start_portal() {
    (cd "$WORK" && exec "$JDK/bin/java" -Xmx256m -jar "$JAR" --server.port="$PORT" \
        --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA" \
        --spring.datasource.username="$PGUSER" --spring.datasource.password= \
        --spring.flyway.default-schema="$SCHEMA" --spring.flyway.schemas="$SCHEMA" \
        --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT" \
        --portal.base-url="http://127.0.0.1:$PORT" --portal.newsletter.secret=bench-secret-bench-secret-bench \
        --portal.newsletter.sender.rate-per-second=1000000 --portal.newsletter.sender.batch-size="$BATCH" \
        ${KILL_AT:+--portal.newsletter.sender.lease=PT5S} \
        --portal.newsletter.sender.poll-every=PT0.5S >>"$WORK/app.log" 2>&1) &
    APP=$!
    until curl -s -o /dev/null "http://127.0.0.1:$PORT/newsletter/numeros" 2>/dev/null; do
      sleep 0.2
      kill -0 "$APP" 2>/dev/null || { echo "the portal did not start, see $WORK/app.log" >&2; kill "$SINK"; exit 1; }
    done
  }
  start_portal
  JPID=$(pgrep -P "$APP" java || echo "$APP")
  "${PSQL[@]}" <<SQL
set search_path to $SCHEMA;
insert into newsletter_subscriber (email, status, interests, source, created_at, confirmed_at)
  select 'abonne' || n || '@bench.example', 'ACTIVE', '', 'bench', now(), now() from generate_series(1, $SUBSCRIBERS) n;
insert into newsletter_edition (title, intro, status, created_at, updated_at)
  values ('La lettre d''information – banc d''essai', 'Chaque mois, retrouvez toute l''actualité du Ministère.', 'DRAFT', now(), now());
insert into newsletter_edition_item (edition_id, position, title, standfirst, path, image_path, image_alt, section_slug, section_name, published_at)
  select (select max(id) from newsletter_edition), n, 'Actualité numéro ' || n || ' : la solidarité en actes',
         repeat('Un chapô qui résume l''actualité en quelques phrases. ', 6), '/actualites/actualite-' || n,
         '/demo/image-' || n || '.jpg', 'Photo de l''actualité ' || n,
         case when n % 2 = 0 then 'solidarite' else 'cooperation' end,
         case when n % 2 = 0 then 'Solidarité' else 'Coopération' end, now()
  from generate_series(1, 8) n;
SQL
  PEAK=0
  START=$(now_ms)
  "${PSQL[@]}" -c "update $SCHEMA.newsletter_edition set status = 'SCHEDULED', scheduled_at = now() where status = 'DRAFT' and period_key is null"
  QUEUED_MS=""
  while :; do
    STATE=$("${PSQL[@]}" -At -c "select status from $SCHEMA.newsletter_edition where period_key is null")
    if [ -z "$QUEUED_MS" ] && [ "$STATE" != "SCHEDULED" ]; then QUEUED_MS=$(( $(now_ms) - START )); fi
    USED=$(jstat -gc "$JPID" 2>/dev/null | awk 'NR==2 { printf "%d", ($3+$4+$6+$8)/1024 }' || echo 0)
    [ -n "$USED" ] && [ "$USED" -gt "$PEAK" ] && PEAK=$USED
    [ "$STATE" = "SENT" ] && break
    if [ -n "${KILL_AT:-}" ] && [ -z "${KILLED:-}" ] && [ -s "$WORK/sink.txt" ] \
        && [ "$(cut -d' ' -f1 "$WORK/sink.txt")" -ge "$KILL_AT" ]; then
      kill -9 "$JPID"; wait "$APP" 2>/dev/null || true; KILLED=1
      echo "killed at $(cut -d' ' -f1 "$WORK/sink.txt") messages; starting again" >&2
      start_portal; JPID=$(pgrep -P "$APP" java || echo "$APP")
    fi
    kill -0 "$APP" 2>/dev/null || { echo "the portal stopped, see $WORK/app.log" >&2; exit 1; }
    sleep 0.5
  done
  sleep 1
  read -r MESSAGES DISTINCT DUPLICATES FIRST LAST <"$WORK/sink.txt"
  SECONDS_SENT=$(awk -v a="$FIRST" -v b="$LAST" 'BEGIN { printf "%.1f", (b - a) / 1000 }')
  RATE=$(awk -v n="$MESSAGES" -v a="$FIRST" -v b="$LAST" 'BEGIN { printf "%d", n / ((b - a) / 1000) }')
  SENT_ROWS=$("${PSQL[@]}" -At -c "select count(*) from $SCHEMA.newsletter_delivery where status = 'SENT'")
  UNCERTAIN=$("${PSQL[@]}" -At -c "select count(*) from $SCHEMA.newsletter_delivery where status = 'UNCERTAIN'")
  [ -n "${KILLED:-}" ] && echo "after kill -9 at ${KILL_AT}: $UNCERTAIN rows UNCERTAIN" >&2
  echo "| $VERSION | $SUBSCRIBERS | $QUEUED_MS | $SECONDS_SENT | $RATE | $PEAK | $DUPLICATES | $MESSAGES messages to $DISTINCT addresses, $SENT_ROWS rows SENT |"
  kill "$APP" "$SINK" 2>/dev/null || true
  wait "$APP" "$SINK" 2>/dev/null || true
  "${PSQL[@]}" -c "drop schema $SCHEMA cascade"
done
