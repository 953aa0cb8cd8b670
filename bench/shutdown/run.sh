#!/usr/bin/env bash
# Graceful shutdown: SIGTERM while requests are in flight. Starts the bundle on a database of its own, gives it
# certificates enough for a long export, logs trainees in, then at once: slow clients download exports (a small
# receive buffer read at a fixed rate, so each keeps a request thread busy for EXPORT_SECONDS), every trainee sends a
# scored answer, and the process gets SIGTERM. Until the process is gone it polls /health/ready, and sends a new
# request now and then. It fails unless every request in flight at the signal got its 2xx and its whole body, every
# acknowledged answer is a turn in PostgreSQL, readiness answered 503 before the last of them finished, and the
# process ended by itself within STOP_LIMIT seconds. Run from the checkout's root; see docs/deployment.md.
set -euo pipefail
export DB=${DB:-extramile_bench_shutdown} PORT=${PORT:-8792} HEAP=${HEAP:-768m}
export CONNECTIONS=${TRAINEES:-20}
source bench/load/lib.sh
ROWS=${ROWS:-100000}
EXPORTS=${EXPORTS:-3}
EXPORT_SECONDS=${EXPORT_SECONDS:-8}
STOP_LIMIT=${STOP_LIMIT:-60}
OUT=bench/shutdown/target
HERE=bench/shutdown
ANSWER="I am so sorry about that, it is my mistake. Let me make you a fresh one now, on the house."

require_tools python3 bc
rm -rf "$OUT" && mkdir -p "$OUT"
start_unless_running "$OUT"
[[ -n ${APP:-} ]] || { echo "Set no BASE: this bench stops the server, so it starts its own." >&2; exit 1; }
echo "== $ROWS certificates for the exports"
psql -q -d "$DB" -v rows="$ROWS" -v people="$(( ROWS / 10 ))" -f bench/records/generate.sql
make_trainees "$OUT"

elapsed() { echo "$(date +%s.%N) - $T0" | bc; }
# The server is this shell's child: once it has exited it stays a zombie until waited for, which kill -0 counts alive.
alive() { [[ -e /proc/$APP/stat ]] && [[ $(awk '{ print $3 }' "/proc/$APP/stat") != Z ]]; }

echo "== warm-up: the scoring model and the rubric, one export"
curl -sf -o /dev/null -u trainee:demo -H 'Content-Type: application/json' -d '{"scenario": "mixed-up-order"}' \
    "$BASE/api/attempts"
bytes=$(python3 "$HERE/slow_get.py" "$BASE/api/records?format=csv" "$HR" 1000000000 | awk '{ print $2 }')
rate=$(( bytes / EXPORT_SECONDS ))
echo "   an export is $bytes bytes: read at $rate bytes/s, about $EXPORT_SECONDS s each"

echo "== each trainee starts a role-play"
i=0
while read -r session; do
    i=$(( i + 1 ))
    echo "$session" > "$OUT/session-$i"
    curl -sf -H "Cookie: $session" -H 'X-Requested-With: XMLHttpRequest' -H 'Content-Type: application/json' \
        -d '{"scenario": "mixed-up-order"}' "$BASE/api/attempts" | jq -r '.id + " " + .currentStep.key' > "$OUT/attempt-$i"
done < "$OUT/sessions.txt"
before=$(turns_stored)

echo "== in flight: $EXPORTS slow exports and $CONNECTIONS scored answers; then SIGTERM"
T0=$(date +%s.%N)
for i in $(seq 1 "$EXPORTS"); do
    ( echo "$(python3 "$HERE/slow_get.py" "$BASE/api/records?format=csv" "$HR" "$rate") $(elapsed)" > "$OUT/export-$i" ) &
done
sleep 1 # the exports are streaming
for i in $(seq 1 "$CONNECTIONS"); do
    file="$OUT/attempt-$i"
    read -r attempt step < "$file"
    ( curl -s -o "$file.json" -w '%{http_code} %{time_total}' -H "Cookie: $(cat "$OUT/session-$i")" \
        -H 'X-Requested-With: XMLHttpRequest' -H 'Content-Type: application/json' \
        -d "$(jq -n --arg step "$step" --arg text "$ANSWER" '{step: $step, text: $text}')" \
        "$BASE/api/attempts/$attempt/turns" > "$file.status"; echo " $(elapsed)" >> "$file.status" ) &
done
sleep 0.05
SIGNAL=$(elapsed)
kill -TERM "$APP"
: > "$OUT/ready.txt" && : > "$OUT/new.txt"
n=0
while alive; do
    echo "$(elapsed) $(curl -s -m 1 -o /dev/null -w '%{http_code}' "$BASE/health/ready")" >> "$OUT/ready.txt"
    if (( n++ % 10 == 5 )); then # a new request during the drain, about once a second
        echo "$(elapsed) $(curl -s -m 2 -o /dev/null -w '%{http_code}' -u "$HR" "$BASE/api/programs")" >> "$OUT/new.txt"
    fi
    sleep 0.1
    if (( $(echo "$(elapsed) > $STOP_LIMIT" | bc) )); then break; fi
done
gone=$(elapsed)
if alive; then kill -KILL "$APP"; fi
wait "$APP" 2>/dev/null && code=0 || code=$?
wait

echo "== what happened (seconds from the first request)"
echo "SIGTERM at $SIGNAL; process ended at $gone (exit status $code)"
echo "readiness answers (first time seen, status):"
awk '$2 != last { print "   " $1, $2; last = $2 }' "$OUT/ready.txt"
echo "new requests during the drain (time, status):"
sed 's/^/   /' "$OUT/new.txt"
echo "exports (status, bytes, seconds, outcome, finished at):"
sed 's/^/   /' "$OUT"/export-*
echo "answers (status count):"
cat "$OUT"/attempt-*.status | awk '{ print $1 }' | sort | uniq -c | sed 's/^/   /'
last_done=$(cat "$OUT"/attempt-*.status "$OUT"/export-* | awk '{ print $NF }' | sort -n | tail -1)
first_503=$(awk '$2 == 503 { print $1; exit }' "$OUT/ready.txt")
echo "last in-flight request finished at $last_done; readiness first 503 at ${first_503:-never}"

failed=0
if (( $(echo "$gone > $STOP_LIMIT" | bc) )); then
    echo "NOT STOPPED within $STOP_LIMIT s" >&2; failed=1
fi
if awk -v bytes="$bytes" '$1 != 200 || $2 != bytes || $4 != "complete" { bad = 1 } END { exit !bad }' "$OUT"/export-*; then
    echo "CUT: an export in flight did not complete" >&2; failed=1
fi
if grep -qv '^20[01] ' "$OUT"/attempt-*.status; then
    echo "REFUSED: an answer in flight did not get its 2xx" >&2; failed=1
fi
if [[ -z $first_503 ]] || (( $(echo "$first_503 > $last_done" | bc) )); then
    echo "NOT DOWN FIRST: readiness did not answer 503 before the requests in flight had finished" >&2; failed=1
fi
acknowledged=$(grep -c '^20[01] ' "$OUT"/attempt-*.status | awk -F: '{ s += $2 } END { print s }')
stored=$(( $(turns_stored) - before ))
echo "answers acknowledged: $acknowledged; turns stored: $stored"
if (( stored != acknowledged )); then
    echo "LOST: acknowledged answers and stored turns differ" >&2; failed=1
fi
(( failed == 0 )) && echo "PASS: readiness went down first, and every request in flight completed"
exit $failed
