#!/usr/bin/env bash
# Times the deadline-reminders job when a deadline is set on a program that PEOPLE trainees have already passed:
# every one of them gets the reminder that it has passed (written in batches, each with its mail queued and its audit
# row) and HR one mail naming the first of them. Run from the checkout's root after a build that made
# web-ui/target/extramile.war and integration-tests/target/payara-micro.jar (./mvnw -B verify -DskipTests
# -pl integration-tests -am). Settings as environment variables; see bench/deadlines/README.md.
set -euo pipefail

PEOPLE=${PEOPLE:-20000}
DB=${DB:-extramile_bench_deadlines}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
PORT=${PORT:-8766}
HEAP=${HEAP:-512m}
MICRO=${MICRO:-integration-tests/target/payara-micro.jar}
WAR=${WAR:-web-ui/target/extramile.war}
OUT=bench/deadlines/target
HERE=bench/deadlines

mkdir -p "$OUT/tmp"
for file in "$MICRO" "$WAR"; do
    [[ -f $file ]] || { echo "Missing $file: build first (see the header of this script)." >&2; exit 1; }
done
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
    echo "Port $PORT is taken: set PORT." >&2
    exit 1
fi

echo "== database $DB, $PEOPLE trainees past a deadline"
psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB"

# Mail on, to a server nobody listens at, and no timer: the mail stays queued, and only the run started here runs.
echo "== starting ExtraMile (heap $HEAP) on port $PORT"
EXTRAMILE_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" EXTRAMILE_DB_USER=$PGUSER EXTRAMILE_DB_PASSWORD=$PGPASSWORD \
EXTRAMILE_DEMO=true EXTRAMILE_JOBS_ENABLED=false \
EXTRAMILE_MAIL_HOST=127.0.0.1 EXTRAMILE_MAIL_PORT=9 EXTRAMILE_MAIL_SECURITY=none \
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
