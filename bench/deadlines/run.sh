#!/usr/bin/env bash
# Times the deadline-reminders job when a deadline is set on a program that PEOPLE trainees have already passed:
# every one of them gets the reminder that it has passed (written in batches, each with its mail queued and its audit
# row) and HR one mail naming the first of them. Run from the checkout's root after a build that made
# web-ui/target/extramile.war and integration-tests/target/payara-micro.jar (./mvnw -B verify -DskipTests
# -pl integration-tests -am). Settings as environment variables; see bench/deadlines/README.md.
set -euo pipefail

PEOPLE=${PEOPLE:-20000}
DB=${DB:-extramile_bench_deadlines}
PORT=${PORT:-8766}
OUT=bench/deadlines/target
HERE=bench/deadlines
source bench/war.sh

echo "== database $DB, $PEOPLE trainees past a deadline"
# Mail on, to a server nobody listens at, and no timer: the mail stays queued, and only the run started here runs.
start_extramile EXTRAMILE_JOBS_ENABLED=false \
    EXTRAMILE_MAIL_HOST=127.0.0.1 EXTRAMILE_MAIL_PORT=9 EXTRAMILE_MAIL_SECURITY=none

psql -q -d "$DB" -v people="$PEOPLE" -f "$HERE/generate.sql"

job() { curl -sf -u admin:demo "$@" "http://127.0.0.1:$PORT/api/admin/jobs/deadline-reminders"; }
run() { # starts a run, waits for its end, prints its last run as JSON
    job -X POST -o /dev/null
    while job | grep -q '"running":true'; do sleep 0.5; done
    job
}
seconds() { # the run's duration from its JSON on stdin
    python3 -c 'import json, sys, datetime as d
r = json.load(sys.stdin)["lastRun"]; t = lambda s: d.datetime.fromisoformat(s.replace("Z", "+00:00"))
print("%.1f" % (t(r["finishedAt"]) - t(r["startedAt"])).total_seconds(), "s:", r["outcome"])'
}

jcmd "$APP" GC.run > /dev/null
old_before=$(jstat -gc "$APP" | awk 'NR == 2 { printf "%d\n", $8 / 1024 }')
echo "== first run: everyone late is reminded"
first=$(run | seconds)
jcmd "$APP" GC.run > /dev/null
old_after=$(jstat -gc "$APP" | awk 'NR == 2 { printf "%d\n", $8 / 1024 }')
echo "== second run: nothing left to remind"
second=$(run | seconds)

cat <<REPORT

trainees: $PEOPLE
first run:  $first
second run: $second
reminders written: $(psql -Atq -d "$DB" -c "select count(*) from deadline_reminder")
mail queued: $(psql -Atq -d "$DB" -c "select count(*) from outgoing_mail") (HR: $(psql -Atq -d "$DB" -c "select count(*) from outgoing_mail where recipient = 'hr@bench.example'"))
audit rows: $(psql -Atq -d "$DB" -c "select count(*) from audit_event where action = 'DEADLINE_REMINDERS'")
old generation after a full GC (MiB, -Xmx$HEAP): before $old_before, after $old_after
REPORT
