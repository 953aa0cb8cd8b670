# Shared by bench/load/run.sh and bench/fault/run.sh (sourced, not run): start ExtraMile, make trainees, play
# them with wrk, and check that every acknowledged turn is stored.

CONNECTIONS=${CONNECTIONS:-50}
SCENARIO=${SCENARIO:-genuine-welcome}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
DB=${DB:-extramile_bench_load}
HR=${HR:-hr:demo}
BASE=${BASE:-}
PORT=${PORT:-8766}
HEAP=${HEAP:-512m}
BUNDLE=${BUNDLE:-web-ui/target/extramile-microbundle.jar}
LOAD=bench/load
PREFIX=LOAD-$(date +%s)

require_tools() {
    for tool in wrk curl psql jq "$@"; do
        command -v "$tool" > /dev/null || { echo "Missing $tool (Debian: apt-get install wrk curl postgresql-client jq)." >&2; exit 1; }
    done
}

# Starts the bundle on a new database $DB unless BASE names a running instance; waits until it is ready.
start_unless_running() { # $1: output folder
    local out=$1
    mkdir -p "$out/tmp"
    if [[ -z $BASE ]]; then
        [[ -f $BUNDLE ]] || { echo "Missing $BUNDLE: ./mvnw -Pbundle clean package -DskipTests" >&2; exit 1; }
        if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "Port $PORT is taken: set PORT." >&2; exit 1; fi
        echo "== database $DB (new), ExtraMile from $BUNDLE on port $PORT, heap $HEAP"
        psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB"
        EXTRAMILE_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" EXTRAMILE_DB_USER=$PGUSER \
        EXTRAMILE_DB_PASSWORD=$PGPASSWORD EXTRAMILE_DEMO=true \
            java -Xms$HEAP -Xmx$HEAP -Djava.io.tmpdir="$out/tmp" -jar "$BUNDLE" \
            --port "$PORT" --nocluster --disablephonehome > "$out/payara.log" 2>&1 &
        APP=$!
        trap 'kill $APP 2>/dev/null || true' EXIT
        BASE=http://127.0.0.1:$PORT
        for _ in $(seq 1 240); do
            if curl -sf -o /dev/null "$BASE/health/ready"; then break; fi
            kill -0 $APP 2>/dev/null || { echo "ExtraMile stopped: see $out/payara.log" >&2; exit 1; }
            sleep 1
        done
    fi
    curl -sf -o /dev/null "$BASE/health/ready" || { echo "$BASE is not ready" >&2; exit 1; }
}

# CONNECTIONS trainees as HR makes them (roster import, one-time password each, replaced by their own), each
# logged in through the form; their session ids, one a line, in $1/sessions.txt.
make_trainees() { # $1: output folder
    local out=$1 i invitation username one_time password jar view_state session
    echo "== $CONNECTIONS trainees ($PREFIX-*): roster import, one-time passwords, form logins"
    {
        echo "employeeNumber,name,email,branch,hireDate,roles"
        for i in $(seq 1 "$CONNECTIONS"); do
            echo "$PREFIX-$i,Load Trainee $i,$PREFIX-$i@example.com,CITY,2026-01-05,TRAINEE"
        done
    } > "$out/roster.csv"
    curl -sf -u "$HR" -H 'Content-Type: text/csv' --data-binary @"$out/roster.csv" "$BASE/api/people/import" > /dev/null
    : > "$out/sessions.txt"
    for i in $(seq 1 "$CONNECTIONS"); do
        invitation=$(curl -sf -u "$HR" -X POST "$BASE/api/people/$PREFIX-$i/invitation")
        username=$(jq -r .username <<< "$invitation")
        one_time=$(jq -r .oneTimePassword <<< "$invitation")
        password="load trainee password $i"
        # A one-time password opens only the choice of one's own.
        jq -n --arg current "$one_time" --arg new "$password" '{currentPassword: $current, newPassword: $new}' \
            | curl -sf -u "$username:$one_time" -H 'Content-Type: application/json' --data-binary @- \
                "$BASE/api/me/password"
        jar="$out/tmp/cookies-$i"
        rm -f "$jar"
        view_state=$(curl -sf -c "$jar" -b "$jar" "$BASE/login.xhtml" \
            | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//; s/&#58;/:/g')
        curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode login=login --data-urlencode "username=$username" \
            --data-urlencode "password=$password" --data-urlencode submit=submit \
            --data-urlencode "jakarta.faces.ViewState=$view_state" "$BASE/login.xhtml"
        # Every cookie the browser would send: a distributable application keeps the session's version in
        # JSESSIONIDVERSION beside JSESSIONID, and the id alone reads the session as it was before the login.
        session=$(awk '$6 ~ /^JSESSIONID/ { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar")
        [[ $session == *JSESSIONID=* ]] || { echo "No session for $username" >&2; exit 1; }
        echo "$session" >> "$out/sessions.txt"
    done
}

# The trainees play for $2 (wrk's duration); wrk's report in $1/wrk.txt.
play() { # $1: output folder, $2: duration, then more wrk options
    local out=$1 duration=$2
    shift 2
    SESSIONS="$out/sessions.txt" SCENARIO=$SCENARIO THINK_MS=${THINK_MS:-0} wrk -t "$CONNECTIONS" -c "$CONNECTIONS" -d "$duration" "$@" \
        -s "$LOAD/trainees.lua" "$BASE" | tee "$out/wrk.txt"
}

turns_stored() {
    psql -Atq -d "$DB" -c "select count(*) from turn"
}

# The turns stored once the server has finished what an earlier run left in flight (the count holds for 2 s).
settled_turns() {
    local last=-1 now
    now=$(turns_stored)
    while (( now != last )); do
        last=$now
        sleep 2
        now=$(turns_stored)
    done
    echo "$now"
}

# Fails unless every turn wrk saw acknowledged is stored: $1 turns before the run, $2 the wrk report.
check_acknowledged_stored() {
    local before=$1 report=$2 after stored acknowledged
    echo "== every acknowledged turn stored?"
    sleep 2 # the last requests in flight when wrk stopped
    after=$(turns_stored)
    stored=$(( after - before ))
    acknowledged=$(awk '/^acknowledged turns:/ { print $3 }' "$report")
    echo "turns stored during the run: $stored; acknowledged: $acknowledged"
    # wrk stops with up to one request in flight per connection: those may be stored without an acknowledgement.
    if (( stored < acknowledged )); then
        echo "LOST: $(( acknowledged - stored )) acknowledged turns are not in PostgreSQL" >&2
        exit 1
    elif (( stored - acknowledged > CONNECTIONS )); then
        echo "ODD: $(( stored - acknowledged )) more turns stored than acknowledged (more than the connections)" >&2
        exit 1
    fi
    echo "OK: no acknowledged turn lost ($(( stored - acknowledged )) stored while wrk was stopping)"
}
