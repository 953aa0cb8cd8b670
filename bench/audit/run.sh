#!/usr/bin/env bash
# Times the audit log's person filter (GET /api/audit?person=...: a name anywhere in the entries' details) over
# EVENTS entries, without the trigram index migration 31 adds, then with it. Run from the checkout's root after a build
# that made web-ui/target/extramile.war and integration-tests/target/payara-micro.jar (./mvnw -B verify -DskipTests
# -pl integration-tests -am). Settings as environment variables; see bench/audit/README.md.
set -euo pipefail

EVENTS=${EVENTS:-2000000}
REQUESTS=${REQUESTS:-20}
DB=${DB:-extramile_bench_audit}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
PORT=${PORT:-8766}
HEAP=${HEAP:-512m}
MICRO=${MICRO:-integration-tests/target/payara-micro.jar}
WAR=${WAR:-web-ui/target/extramile.war}
OUT=bench/audit/target
HERE=bench/audit

mkdir -p "$OUT/tmp"
for file in "$MICRO" "$WAR"; do
    [[ -f $file ]] || { echo "Missing $file: build first (see the header of this script)." >&2; exit 1; }
done
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
    echo "Port $PORT is taken: set PORT." >&2
    exit 1
fi

echo "== database $DB"
psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB"
echo "== starting ExtraMile (heap $HEAP) on port $PORT"
EXTRAMILE_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" EXTRAMILE_DB_USER=$PGUSER EXTRAMILE_DB_PASSWORD=$PGPASSWORD \
EXTRAMILE_DEMO=true EXTRAMILE_JOBS_ENABLED=false \
    java -Xms$HEAP -Xmx$HEAP -Djava.io.tmpdir="$OUT/tmp" -jar "$MICRO" --deploy "$WAR" --contextroot / \
    --port "$PORT" --nocluster --disablephonehome > "$OUT/payara.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
    if curl -sf -o /dev/null "http://127.0.0.1:$PORT/health/ready"; then break; fi
    kill -0 $APP 2>/dev/null || { echo "ExtraMile stopped: see $OUT/payara.log" >&2; exit 1; }
    sleep 1
done
curl -sf -o /dev/null "http://127.0.0.1:$PORT/health/ready" || { echo "Not ready after 180 s" >&2; exit 1; }

echo "== $EVENTS audit entries"
psql -q -d "$DB" -v events="$EVENTS" -f "$HERE/generate.sql"

# Median of REQUESTS searches for people spread over the log (a page of the newest first, with its total), in ms.
median() {
    for i in $(seq 1 "$REQUESTS"); do
        person=E-$(( (i * 7919) % EVENTS + 1 ))
        curl -sf -o /dev/null -w '%{time_total}\n' -u hr:demo "http://127.0.0.1:$PORT/api/audit?person=$person"
    done | sort -n | awk '{ t[NR] = $1 } END { printf "%.0f ms (fastest %.0f, slowest %.0f)\n", t[int((NR + 1) / 2)] * 1000, t[1] * 1000, t[NR] * 1000 }'
}

without=$(median)
started=$(date +%s)
psql -q -d "$DB" -c "create index audit_event_details_trgm on audit_event using gin (details gin_trgm_ops)"
built=$(( $(date +%s) - started ))
index=$(psql -Atq -d "$DB" -c "select pg_size_pretty(pg_relation_size('audit_event_details_trgm'))")
with=$(median)

cat <<REPORT

audit entries: $EVENTS ($(psql -Atq -d "$DB" -c "select pg_size_pretty(pg_relation_size('audit_event'))"))
person filter, median of $REQUESTS, with the trigram index:    $with
person filter, median of $REQUESTS, without it (before 31):    $without
index: $index, built in $built s over the entries above (migration 31 builds it once, at deployment)
REPORT
