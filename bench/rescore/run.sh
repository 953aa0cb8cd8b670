#!/usr/bin/env bash
# Times a trainer's rescore of a scenario with many completed attempts, follows its progress as the rubric page does,
# and samples the application's heap meanwhile. Run from the checkout's root after ./mvnw -Pbundle clean package
# -DskipTests (the bundle bench/load/lib.sh starts). Settings as environment variables; see bench/rescore/README.md.
set -euo pipefail

ATTEMPTS=${ATTEMPTS:-2000}
SEEDS=${SEEDS:-8}
SLUG=${SLUG:-genuine-welcome}
DB=${DB:-extramile_bench_rescore} # before lib.sh, which has its own default
OUT=bench/rescore/target
HERE=bench/rescore
source bench/load/lib.sh
# The rescore alone: no scheduled job (calibration, notices) runs beside it.
export EXTRAMILE_JOBS_ENABLED=false
start_unless_running "$OUT"
[[ -n ${APP:-} ]] || { echo "Run it on its own server (leave BASE unset): it samples that server's heap." >&2; exit 1; }
URL=$BASE

echo "== $SEEDS attempts played on $SLUG, copied to $ATTEMPTS"
python3 "$HERE/seed.py" "$URL" "$SLUG" "$SEEDS"
psql -q -d "$DB" -v slug="$SLUG" -v attempts="$ATTEMPTS" -f "$HERE/multiply.sql"
psql -Atq -d "$DB" -c "select count(distinct a.id) || ' completed attempts, ' || count(*) || ' turns'
    from attempt a join turn t on t.attempt_id = a.id join scenario s on s.id = a.scenario_id where s.slug = '$SLUG'"
version=$(curl -sf -u trainer:demo -X POST "$URL/api/scenarios/$SLUG/rubric/publish" \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["number"])')

heap_used_kb() { # young + old generation in use, from jstat -gc (S0U S1U EU OU)
    jstat -gc "$APP" | awk 'NR == 2 { printf "%d\n", $3 + $4 + $6 + $8 }'
}
jcmd "$APP" GC.run > /dev/null
sleep 1
baseline=$(heap_used_kb)
jstat -gc "$APP" 200 > "$OUT/jstat.txt" &
SAMPLER=$!

echo "== rescore with version $version"
location=$(curl -sf -u trainer:demo -H 'Content-Type: application/json' -D - -o /dev/null \
    -d "{\"version\": $version, \"reason\": \"Benchmark\"}" "$URL/api/scenarios/$SLUG/rescore" \
    | tr -d '\r' | awk 'tolower($1) == "location:" { print $2 }')
python3 - "$location" "$OUT/progress.txt" <<'FOLLOW'
import base64, json, sys, time, urllib.request
request = urllib.request.Request(sys.argv[1])
request.add_header("Authorization", "Basic " + base64.b64encode(b"trainer:demo").decode())
start = time.monotonic()
trace = open(sys.argv[2], "w")
polls = 0
while True:
    with urllib.request.urlopen(request) as answer:
        rescore = json.load(answer)
    elapsed = time.monotonic() - start
    progress = rescore["progress"]
    line = f"{elapsed:6.1f} s  {rescore['status']:8} {progress['done']:6} of {progress['total']} answers scored"
    print(line, file=trace)
    if polls % 20 == 0:
        print(line)  # every 10 s here; every poll in progress.txt
    polls += 1
    if rescore["status"] != "RUNNING":
        print(f"rescore: {rescore['status']} after {elapsed:.1f} s (polled every 0.5 s): {rescore['attempts']} attempts,"
              f" {rescore['turns']} answers, {rescore['turns'] / elapsed:.0f} answers/s;"
              f" now passing {rescore['nowPassing']}, no longer passing {rescore['nowFailing']}")
        break
    time.sleep(0.5)
FOLLOW
kill $SAMPLER
jcmd "$APP" GC.run > /dev/null
sleep 1
after=$(heap_used_kb)
peak=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { u = $3 + $4 + $6 + $8; if (u > m) m = u } END { printf "%d\n", m }' "$OUT/jstat.txt")
peak_old=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { if ($8 > m) m = $8 } END { printf "%d\n", m }' "$OUT/jstat.txt")
old_start=$(awk 'NR == 2 { printf "%d\n", $8 }' "$OUT/jstat.txt")
cat <<REPORT
heap (MiB, -Xmx$HEAP): used after a full GC before $(( baseline / 1024 )), peak while rescoring $(( peak / 1024 )),
  old generation $(( old_start / 1024 )) -> peak $(( peak_old / 1024 )), used after a full GC after $(( after / 1024 ))
REPORT
