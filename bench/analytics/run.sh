#!/usr/bin/env bash
# Times a trainer's analytics of a scenario played for years: GET /api/scenarios/free-upgrade/analytics (the analytics
# page's figures) over PLAYERS trainees with ATTEMPTS completed attempts each. Run from the checkout's root after a
# build that made web-ui/target/extramile.war and integration-tests/target/payara-micro.jar (./mvnw -B verify
# -DskipTests -pl integration-tests -am). Settings as environment variables; see bench/analytics/README.md.
set -euo pipefail

PLAYERS=${PLAYERS:-10000}
ATTEMPTS=${ATTEMPTS:-50}
SPREAD=${SPREAD:-1095}
REQUESTS=${REQUESTS:-20}
DB=${DB:-extramile_bench_analytics}
PORT=${PORT:-8766}
OUT=bench/analytics/target
source bench/war.sh

echo "== database $DB"
start_extramile EXTRAMILE_JOBS_ENABLED=false

url="http://127.0.0.1:$PORT/api"

attempt=$(play_template)

echo "== $PLAYERS trainees with $ATTEMPTS copies of it each, played over $SPREAD days"
# bench/erasure's history, without its audit entries and mails: who left does not change the figures.
psql -q -d "$DB" -v leavers="$PLAYERS" -v attempts="$ATTEMPTS" -v veteran=0 -v named=0 -v mails=0 -v spread="$SPREAD" \
    -v template="$attempt" -f bench/erasure/generate.sql

# Median of REQUESTS views of the figures, in ms (the first, which warms up, left out).
api trainer:demo -o /dev/null "$url/scenarios/free-upgrade/analytics"
median=$(for _ in $(seq 1 "$REQUESTS"); do
    api trainer:demo -o /dev/null -w '%{time_total}\n' "$url/scenarios/free-upgrade/analytics"
done | sort -n | awk '{ t[NR] = $1 } END { printf "%.0f ms (fastest %.0f, slowest %.0f)\n", t[int((NR + 1) / 2)] * 1000, t[1] * 1000, t[NR] * 1000 }')

cat <<REPORT

attempts of free-upgrade: $(psql -Atq -d "$DB" -c "select count(*) from attempt"), turns: $(psql -Atq -d "$DB" -c "select count(*) from turn")
analytics of free-upgrade, median of $REQUESTS: $median
REPORT
