#!/usr/bin/env bash
# Times the audit log's person filter (GET /api/audit?person=...: a name anywhere in the entries' details) over
# EVENTS entries, without the trigram index migration 31 adds, then with it. Run from the checkout's root after a build
# that made web-ui/target/extramile.war and integration-tests/target/payara-micro.jar (./mvnw -B verify -DskipTests
# -pl integration-tests -am). Settings as environment variables; see bench/audit/README.md.
set -euo pipefail

EVENTS=${EVENTS:-2000000}
REQUESTS=${REQUESTS:-20}
DB=${DB:-extramile_bench_audit}
PORT=${PORT:-8766}
OUT=bench/audit/target
HERE=bench/audit
source bench/war.sh

echo "== database $DB"
start_extramile EXTRAMILE_JOBS_ENABLED=false

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
