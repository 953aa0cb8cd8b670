#!/usr/bin/env bash
# Trainees under load: N trainees each start an attempt and answer its steps, over and over, on N connections,
# for a while; wrk prints throughput, latency and errors, then PostgreSQL is asked whether every acknowledged turn
# is stored. Run from the checkout's root. Settings as environment variables; see bench/load/README.md.
set -euo pipefail
source bench/load/lib.sh
DURATION=${DURATION:-60s}
OUT=bench/load/target

require_tools
start_unless_running "$OUT"
make_trainees "$OUT"
echo "== warming up (10 s)"
play "$OUT" 10s --timeout 10s > "$OUT/warmup.txt"
before=$(settled_turns)
echo "== $DURATION at $CONNECTIONS connections, scenario $SCENARIO"
play "$OUT" "$DURATION" --timeout 10s
check_acknowledged_stored "$before" "$OUT/wrk.txt"
