#!/usr/bin/env bash
# Times a trainer's analytics of a scenario played for years: GET /api/scenarios/free-upgrade/analytics (the analytics
# page's figures) and GET /api/analytics/scenarios (every scenario compared) over PLAYERS trainees with ATTEMPTS
# completed attempts each. Run from the checkout's root after a build that made web-ui/target/extramile.war and
# integration-tests/target/payara-micro.jar (./mvnw -B verify -DskipTests -pl integration-tests -am). Settings as
# environment variables; see bench/analytics/README.md.
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

# The template went to review; most of a real history is settled, passed or failed (seeded: the same every run).
psql -q -o /dev/null -d "$DB" -c "select setseed(0.42)" \
    -c "update attempt set under_review = random() < 0.05, passed = random() < 0.6" -c "vacuum analyze attempt"

# Median of REQUESTS views of a path's figures, in ms (the first, which warms up, left out).
time_views() {
    api trainer:demo -o /dev/null "$url/$1"
    for _ in $(seq 1 "$REQUESTS"); do
        api trainer:demo -o /dev/null -w '%{time_total}\n' "$url/$1"
    done | sort -n | awk '{ t[NR] = $1 } END { printf "%.0f ms (fastest %.0f, slowest %.0f)\n", t[int((NR + 1) / 2)] * 1000, t[1] * 1000, t[NR] * 1000 }'
}
median=$(time_views scenarios/free-upgrade/analytics)
compared=$(time_views analytics/scenarios)
# A recent cohort: the attempts of the last 90 days (about 4% of a three-year history).
since=$(date -u -d '-90 days' +%F)
recent=$(time_views "scenarios/free-upgrade/analytics?from=$since")
recentCompared=$(time_views "analytics/scenarios?from=$since")

cat <<REPORT

attempts of free-upgrade: $(psql -Atq -d "$DB" -c "select count(*) from attempt"), turns: $(psql -Atq -d "$DB" -c "select count(*) from turn")
analytics of free-upgrade, median of $REQUESTS: $median
every scenario compared, median of $REQUESTS: $compared
analytics of free-upgrade since $since, median of $REQUESTS: $recent
every scenario compared since $since, median of $REQUESTS: $recentCompared
REPORT
