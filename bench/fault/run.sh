#!/usr/bin/env bash
# PostgreSQL restarted in the middle of a load run. While it is down, requests must fail fast (503
# application/problem+json, well under the probe's timeout); once it is back, the pool must serve again within
# RECOVERY_LIMIT seconds; and no acknowledged turn may be lost. Run from the checkout's root, as a user allowed to
# stop and start the cluster (root, or postgres).
#
# It RESTARTS THE POSTGRESQL CLUSTER it is given: never run it against one that others are using. Point it at a
# cluster of its own, e.g. one made for the purpose:
#   pg_createcluster 15 fault --port 5499 && pg_ctlcluster 15 fault start
#   sudo -u postgres psql -p 5499 -c "alter user postgres password 'postgres'"
#   PGPORT=5499 CLUSTER="15 fault" bench/fault/run.sh
set -euo pipefail
DB=${DB:-extramile_bench_fault} # before lib.sh, which has its own default
source bench/load/lib.sh
CLUSTER=${CLUSTER:?"Name the cluster to restart, e.g. CLUSTER='15 fault' (see the header)"}
DURATION=${DURATION:-60s}
DOWN_AFTER=${DOWN_AFTER:-20}
OUTAGE=${OUTAGE:-10}
RECOVERY_LIMIT=${RECOVERY_LIMIT:-10}
FAST=${FAST:-2}
OUT=bench/fault/target

require_tools pg_ctlcluster bc
start_unless_running "$OUT"
make_trainees "$OUT"
cookie=$(head -1 "$OUT/sessions.txt")
before=$(turns_stored)

# One probe: a read that needs the database, as a logged-in trainee. Prints seconds, status and media type.
probe() {
    curl -s -o /dev/null -m 10 -H "Cookie: $cookie" -H 'Accept: application/json' \
        -w '%{time_total} %{http_code} %{content_type}\n' "$BASE/api/me/attempts" || echo "10 000 timeout"
}

echo "== load for $DURATION; PostgreSQL ($CLUSTER) stopped after $DOWN_AFTER s for $OUTAGE s"
play "$OUT" "$DURATION" --timeout 10s > /dev/null &
WRK=$!
sleep "$DOWN_AFTER"
pg_ctlcluster $CLUSTER stop -m fast
down_at=$(date +%s.%N)
: > "$OUT/outage.txt"
while (( $(echo "$(date +%s.%N) - $down_at < $OUTAGE" | bc) )); do
    probe >> "$OUT/outage.txt"
    sleep 0.5
done
pg_ctlcluster $CLUSTER start
up_at=$(date +%s.%N)
recovered=""
while (( $(echo "$(date +%s.%N) - $up_at < 60" | bc) )); do
    if [[ $(probe | awk '{ print $2 }') == 200 ]]; then
        recovered=$(echo "$(date +%s.%N) - $up_at" | bc)
        break
    fi
    sleep 0.2
done
wait $WRK || true
cat "$OUT/wrk.txt"

echo "== during the outage ($(wc -l < "$OUT/outage.txt") probes: seconds, status, media type)"
sort "$OUT/outage.txt" | uniq -c | sort -rn | head -20
failed=0
if awk -v fast="$FAST" '$1 > fast || $2 != 503 || $3 !~ /^application\/problem\+json/ { bad = 1 } END { exit !bad }' \
        "$OUT/outage.txt"; then
    echo "NOT FAST: some requests during the outage were not a 503 problem within $FAST s" >&2
    failed=1
fi
if [[ -z $recovered ]] || (( $(echo "$recovered > $RECOVERY_LIMIT" | bc) )); then
    echo "NOT RECOVERED within $RECOVERY_LIMIT s of the database's return (${recovered:-never})" >&2
    failed=1
else
    echo "recovered ${recovered} s after the database came back"
fi
check_acknowledged_stored "$before" "$OUT/wrk.txt"
exit $failed
