#!/usr/bin/env bash
# Times GET /api/records (text/csv) over HTTP against PostgreSQL's own COPY of the same rows, and samples the
# application's heap while it streams. Run from the checkout's root after a build that made
# web-ui/target/extramile.war and integration-tests/target/payara-micro.jar (./mvnw -B verify -DskipTests
# -pl integration-tests -am). Settings as environment variables; see bench/records/README.md.
set -euo pipefail

ROWS=${ROWS:-1000000}
PEOPLE=${PEOPLE:-$(( ROWS / 10 > 0 ? ROWS / 10 : 1 ))}
DB=${DB:-extramile_bench_records}
PORT=${PORT:-8765}
OUT=bench/records/target
HERE=bench/records
source bench/war.sh

echo "== database $DB, $ROWS certificates for $PEOPLE people"
start_extramile

echo "== generating rows"
start=$(date +%s.%N)
psql -q -d "$DB" -v rows="$ROWS" -v people="$PEOPLE" -f "$HERE/generate.sql"
echo "generated in $(echo "$(date +%s.%N) - $start" | bc) s;" \
    "table $(psql -Atq -d "$DB" -c "select pg_size_pretty(pg_total_relation_size('certificate'))")"

export_csv() { # $1: query string; writes the body to $2
    curl -sf -u hr:demo -H 'Accept: text/csv' -o "$2" -w '%{time_total}' "http://127.0.0.1:$PORT/api/records$1"
}

echo "== warming up (a tenth of the rows, twice; and COPY once, so both read a warm cache)"
tenth=$(psql -Atq -d "$DB" -c "select to_char(issued_at, 'YYYY-MM-DD') from certificate order by id offset $(( ROWS / 10 )) limit 1")
export_csv "?to=$tenth" /dev/null > /dev/null
export_csv "?to=$tenth" /dev/null > /dev/null
psql -Atq -d "$DB" -f "$HERE/copy.sql" > /dev/null

heap_used_kb() { # young + old generation in use, from jstat -gc (S0U S1U EU OU)
    jstat -gc "$APP" | awk 'NR == 2 { printf "%d\n", $3 + $4 + $6 + $8 }'
}
jcmd "$APP" GC.run > /dev/null
sleep 1
baseline=$(heap_used_kb)
jstat -gc "$APP" 100 > "$OUT/jstat.txt" &
SAMPLER=$!

echo "== CSV export over HTTP"
http_s=$(export_csv "" "$OUT/export.csv")
kill $SAMPLER
jcmd "$APP" GC.run > /dev/null
sleep 1
after=$(heap_used_kb)
peak=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { u = $3 + $4 + $6 + $8; if (u > m) m = u } END { printf "%d\n", m }' "$OUT/jstat.txt")
peak_old=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { if ($8 > m) m = $8 } END { printf "%d\n", m }' "$OUT/jstat.txt")
old_start=$(awk 'NR == 2 { printf "%d\n", $8 }' "$OUT/jstat.txt")

echo "== COPY (SELECT ...) TO STDOUT WITH CSV"
start=$(date +%s.%N)
psql -Atq -d "$DB" -f "$HERE/copy.sql" > "$OUT/copy.csv"
copy_s=$(echo "$(date +%s.%N) - $start" | bc)

http_rows=$(( $(wc -l < "$OUT/export.csv") - 1 ))
copy_rows=$(( $(wc -l < "$OUT/copy.csv") - 1 ))
audited=$(psql -Atq -d "$DB" -c "select row_count from audit_event where action = 'RECORDS_EXPORT' order by at desc limit 1")
cat <<REPORT

rows: HTTP $http_rows (audited $audited), COPY $copy_rows
HTTP CSV: $http_s s, $(echo "$http_rows / $http_s" | bc) rows/s, $(( $(stat -c %s "$OUT/export.csv") / 1048576 )) MiB
COPY CSV: $copy_s s, $(echo "$copy_rows / $copy_s" | bc) rows/s, $(( $(stat -c %s "$OUT/copy.csv") / 1048576 )) MiB
speed ratio HTTP / COPY: $(echo "scale=2; $copy_s / $http_s" | bc)
heap (MiB, -Xmx$HEAP): used after a full GC before $(( baseline / 1024 )), peak while streaming $(( peak / 1024 )) (growth $(( (peak - baseline) / 1024 ))),
  old generation $(( old_start / 1024 )) -> peak $(( peak_old / 1024 )), used after a full GC after $(( after / 1024 ))
REPORT
