# Shared by bench/audit, bench/deadlines, bench/erasure and bench/records (sourced, not run, from the checkout's
# root): the PostgreSQL settings, and ExtraMile started from the built WAR on Payara Micro against a new database.

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
HEAP=${HEAP:-512m}
MICRO=${MICRO:-integration-tests/target/payara-micro.jar}
WAR=${WAR:-web-ui/target/extramile.war}

# Creates the database $DB anew and starts ExtraMile on it, on $PORT, in demo mode, its log in $OUT/payara.log;
# arguments are more settings (NAME=value). Waits until it is ready; it is stopped (and waited for, so that the port
# is free for the next run) when the script exits. Sets APP.
start_extramile() {
    mkdir -p "$OUT/tmp"
    for file in "$MICRO" "$WAR"; do
        [[ -f $file ]] || { echo "Missing $file: ./mvnw -B verify -DskipTests -pl integration-tests -am" >&2; exit 1; }
    done
    if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
        echo "Port $PORT is taken: set PORT." >&2
        exit 1
    fi
    psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB"
    echo "== starting ExtraMile (heap $HEAP) on port $PORT"
    env EXTRAMILE_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" EXTRAMILE_DB_USER="$PGUSER" \
        EXTRAMILE_DB_PASSWORD="$PGPASSWORD" EXTRAMILE_DEMO=true "$@" \
        java -Xms"$HEAP" -Xmx"$HEAP" -Djava.io.tmpdir="$OUT/tmp" -jar "$MICRO" --deploy "$WAR" --contextroot / \
        --port "$PORT" --nocluster --disablephonehome > "$OUT/payara.log" 2>&1 &
    APP=$!
    trap 'kill $APP 2>/dev/null && wait $APP 2>/dev/null || true' EXIT
    for _ in $(seq 1 180); do
        if curl -sf -o /dev/null "http://127.0.0.1:$PORT/health/ready"; then return; fi
        kill -0 "$APP" 2>/dev/null || { echo "ExtraMile stopped: see $OUT/payara.log" >&2; exit 1; }
        sleep 1
    done
    echo "Not ready after 180 s" >&2
    exit 1
}

api() { curl -sf -u "$@"; }

# The demo trainee plays free-upgrade to its end on the server started above; prints the attempt's id. bench/analytics
# and bench/erasure copy it into a long history.
play_template() {
    local url="http://127.0.0.1:$PORT/api" attempt step
    local answer="I'm so sorry, the small jar is gone, but take the big one for the same price, it's on me."
    echo "== the template: trainee plays free-upgrade to its end" >&2
    attempt=$(api trainee:demo -H 'Content-Type: application/json' -d '{"scenario": "free-upgrade"}' "$url/attempts" \
        | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
    for _ in $(seq 1 10); do
        step=$(api trainee:demo "$url/attempts/$attempt" | python3 -c 'import json, sys
a = json.load(sys.stdin); print((a.get("currentStep") or {}).get("key", ""))')
        [[ -n $step ]] || break
        api trainee:demo -o /dev/null -H 'Content-Type: application/json' \
            -d "{\"step\": \"$step\", \"text\": \"$answer\"}" "$url/attempts/$attempt/turns"
    done
    echo "$attempt"
}
