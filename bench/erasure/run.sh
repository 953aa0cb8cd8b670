#!/usr/bin/env bash
# Times erasure over a long-running installation: HR erasing one trainee with a long history, then the retention job
# erasing every trainee who left longer ago than the retention period. Run from the checkout's root after a build that
# made web-ui/target/extramile.war and integration-tests/target/payara-micro.jar (./mvnw -B verify -DskipTests
# -pl integration-tests -am). Settings as environment variables; see bench/erasure/README.md.
set -euo pipefail

LEAVERS=${LEAVERS:-1000}
ATTEMPTS=${ATTEMPTS:-20}
VETERAN=${VETERAN:-2000}
NAMED=${NAMED:-3}
EVENTS=${EVENTS:-2000000}
MAILS=${MAILS:-300000}
DB=${DB:-extramile_bench_erasure}
PORT=${PORT:-8766}
OUT=bench/erasure/target
HERE=bench/erasure
source bench/war.sh

echo "== database $DB"
start_extramile EXTRAMILE_JOBS_ENABLED=false EXTRAMILE_PEOPLE_RETENTION_DAYS=365

url="http://127.0.0.1:$PORT/api"

attempt=$(play_template)

echo "== $EVENTS audit entries about others"
psql -q -d "$DB" -v events="$EVENTS" -f bench/audit/generate.sql
psql -q -d "$DB" -c "create index audit_event_details_trgm on audit_event using gin (details gin_trgm_ops)"
echo "== $LEAVERS leavers with $ATTEMPTS attempts each, a veteran with $VETERAN, $MAILS mails to others"
psql -q -d "$DB" -v leavers="$LEAVERS" -v attempts="$ATTEMPTS" -v veteran="$VETERAN" -v named="$NAMED" \
    -v mails="$MAILS" -v template="$attempt" -f "$HERE/generate.sql"
turns=$(psql -Atq -d "$DB" -c "select count(*) from turn t join attempt a on a.id = t.attempt_id where a.account_id = 10000000")
total_turns=$(psql -Atq -d "$DB" -c "select count(*) from turn")

echo "== HR erases the veteran"
veteran=$(api hr:demo -X POST -o /dev/null -w '%{time_total}' "$url/people/X-0/erasure")

job() { api admin:demo "$@" "$url/admin/jobs/retention"; }
echo "== the retention job erases the other leavers"
job -X POST -o /dev/null
while job | grep -q '"running":true'; do sleep 1; done
retention=$(job | python3 -c 'import json, sys, datetime as d
r = json.load(sys.stdin)["lastRun"]; t = lambda s: d.datetime.fromisoformat(s.replace("Z", "+00:00"))
s = (t(r["finishedAt"]) - t(r["startedAt"])).total_seconds()
print("%.1f s, %.0f ms a person: %s" % (s, s * 1000 / max(1, r["count"] or 1), r["outcome"]))')

cat <<REPORT

turns in all: $total_turns; audit entries: $(psql -Atq -d "$DB" -c "select count(*) from audit_event"); mails: $(psql -Atq -d "$DB" -c "select count(*) from outgoing_mail")
HR erasing the veteran ($VETERAN attempts, $turns turns): $(python3 -c "print('%.2f s' % $veteran)")
retention job, $LEAVERS leavers ($ATTEMPTS attempts each): $retention
left unerased: $(psql -Atq -d "$DB" -c "select count(*) from account where username like 'leaver-%'")
REPORT
