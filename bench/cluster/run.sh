#!/usr/bin/env bash
# Two ExtraMile nodes clustered through Payara Micro's Hazelcast data grid, one PostgreSQL, and nginx in front
# of them round-robin WITHOUT stickiness, then a failover: a trainee logs in through the form, starts a
# role-play, opens its page on one node; that node is stopped (SIGTERM); the same browser session then answers
# through the page it had open, on the other node. Prints PASS or FAIL (exit 0 or 1). See docs/deployment.md.
#
# Run from the checkout's root. Builds the bundle if it is missing (or with BUILD=1):
#   ./mvnw -B -q -Pbundle clean package -DskipTests -pl web-ui -am
# Settings (environment): DB (em_cluster, dropped and created anew: the bench's own), PGHOST, PGPORT, PGUSER, PGPASSWORD
# (127.0.0.1, 5432, postgres, postgres), HEAP (1g a node), CLUSTER_NAME (extramile-bench-<pid>: unique, so
# no other Payara Micro on this machine joins), STICKY (0: round-robin; 1: ip_hash, every request of this
# script on one node until it stops). Ports are free ones picked at run time. Needs curl, psql,
# python3 and nginx (Debian: nginx-light).
set -euo pipefail

DB=${DB:-em_cluster}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
HEAP=${HEAP:-1g}
CLUSTER_NAME=${CLUSTER_NAME:-extramile-bench-$$}
STICKY=${STICKY:-0}
BUNDLE=web-ui/target/extramile-microbundle.jar
OUT=$PWD/bench/cluster/target
SCENARIO=genuine-welcome

rm -rf "$OUT" && mkdir -p "$OUT"
if [[ ${BUILD:-0} == 1 || ! -f $BUNDLE ]]; then
    echo "== building $BUNDLE"
    ./mvnw -B -q -Pbundle clean package -DskipTests -pl web-ui -am
fi

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
read -r HTTP_A HTTP_B HTTP_LB GRID_A GRID_B < <(echo "$(free_port) $(free_port) $(free_port) $(free_port) $(free_port)")
MEMBERS="127.0.0.1:$GRID_A,127.0.0.1:$GRID_B"

echo "== database $DB, new"
psql -q -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"

declare -A PID PORT=([a]=$HTTP_A [b]=$HTTP_B) GRID=([a]=$GRID_A [b]=$GRID_B)
NGINX=
cleanup() {
    [[ -n $NGINX ]] && kill "$NGINX" 2>/dev/null || true
    for node in "${!PID[@]}"; do kill "${PID[$node]}" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT
trap 'echo "FAIL: stopped at line $LINENO; logs in $OUT"' ERR

# One node: the bundle's defaults are a single node, so clustering is switched on here (-Dpayaramicro.noCluster)
# and told whom to meet: a TCP/IP member list on the loopback interface. --nohostaware because both nodes share
# one address: with host-aware partitioning Hazelcast keeps no backup on a member of the same host, and the
# sessions of a stopped node would be lost.
start_node() { # $1: a or b
    local node=$1
    mkdir -p "$OUT/tmp-$node"
    EXTRAMILE_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" EXTRAMILE_DB_USER=$PGUSER EXTRAMILE_DB_PASSWORD=$PGPASSWORD \
    EXTRAMILE_DEMO=true \
        java -Xmx"$HEAP" -Djava.io.tmpdir="$OUT/tmp-$node" -Dpayaramicro.noCluster=false \
        -jar "$BUNDLE" --name "node-$node" --port "${PORT[$node]}" \
        --clustername "$CLUSTER_NAME" --clustermode "tcpip:$MEMBERS" --interfaces 127.0.0.1 \
        --startport "${GRID[$node]}" --nohostaware --disablephonehome > "$OUT/node-$node.log" 2>&1 &
    PID[$node]=$!
}

# Whether a node's process still runs: `kill -0` also succeeds on a child that has exited but not been waited for.
alive() { # $1: pid
    local state
    state=$(ps -o stat= -p "$1" 2>/dev/null) && [[ $state != Z* ]]
}

await_ready() { # $1: a or b
    local node=$1
    for _ in $(seq 1 300); do
        curl -sf -o /dev/null "http://127.0.0.1:${PORT[$node]}/health/ready" && return 0
        alive "${PID[$node]}" || { echo "node $node stopped: see $OUT/node-$node.log" >&2; return 1; }
        sleep 1
    done
    echo "node $node not ready after 300 s: see $OUT/node-$node.log" >&2
    return 1
}

# The first node alone migrates and seeds a new database; the second then finds it ready.
echo "== node a on :$HTTP_A (data grid :$GRID_A), cluster $CLUSTER_NAME"
started=$(date +%s)
start_node a
await_ready a
echo "   ready in $(( $(date +%s) - started )) s"
echo "== node b on :$HTTP_B (data grid :$GRID_B)"
started=$(date +%s)
start_node b
await_ready b
echo "   ready in $(( $(date +%s) - started )) s"
members=$(grep -o 'DG Name: [^ ]* DG Size: [0-9]*' "$OUT/node-b.log" | tail -n 1 || true)
echo "   data grid as node b saw it: ${members:-no data grid status logged}"

BALANCING=$([[ $STICKY == 1 ]] && echo "ip_hash;" || echo "")
echo "== nginx on :$HTTP_LB over both nodes: ${BALANCING:-round-robin, no stickiness}"
mkdir -p "$OUT/nginx"
cat > "$OUT/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/error.log;
events { worker_connections 256; }
http {
    log_format upstream '\$remote_addr "\$request" \$status via \$upstream_addr';
    access_log $OUT/nginx/access.log upstream;
    client_body_temp_path $OUT/nginx/body;
    proxy_temp_path $OUT/nginx/proxy;
    fastcgi_temp_path $OUT/nginx/fastcgi;
    uwsgi_temp_path $OUT/nginx/uwsgi;
    scgi_temp_path $OUT/nginx/scgi;
    upstream extramile {
        $BALANCING
        server 127.0.0.1:$HTTP_A max_fails=1 fail_timeout=30s;
        server 127.0.0.1:$HTTP_B max_fails=1 fail_timeout=30s;
    }
    server {
        listen 127.0.0.1:$HTTP_LB;
        location / {
            proxy_pass http://extramile;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$remote_addr;
            proxy_set_header X-Forwarded-Proto \$scheme;
            # A node that refuses the connection is skipped for the next one.
            proxy_next_upstream error timeout http_502 http_503;
            # Which node answered, for this script to see.
            add_header X-Upstream \$upstream_addr always;
        }
    }
}
EOF
nginx -c "$OUT/nginx/nginx.conf" -p "$OUT/nginx" -g 'daemon off;' &
NGINX=$!
for _ in $(seq 1 20); do curl -s -o /dev/null "http://127.0.0.1:$HTTP_LB/health/ready" && break; sleep 0.5; done

LB=http://127.0.0.1:$HTTP_LB
JAR=$OUT/cookies.txt
FAILURES=0
check() { # $1: what, $2: true or false (the outcome)
    if [[ $2 == true ]]; then echo "   ok   $1"; else echo "   FAIL $1"; FAILURES=$((FAILURES + 1)); fi
}
view_state() { # the Faces view state in the page $1
    python3 -c 'import re, sys; print(re.search(r"name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"", open(sys.argv[1]).read()).group(1))' "$1"
}
json() { # $1: file, $2: a Python expression on j
    python3 -c 'import json, sys; j = json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$1" "$2"
}
node_of() { # the node that served the response whose headers are in $1
    local upstream
    upstream=$(tr -d '\r' < "$1" | awk 'tolower($1) == "x-upstream:" { print $NF }' | tail -n 1)
    [[ $upstream == *":$HTTP_A" ]] && echo a || { [[ $upstream == *":$HTTP_B" ]] && echo b || echo "?"; }
}

echo "== a trainee logs in through the form (each request may land on either node)"
curl -s -c "$JAR" -b "$JAR" -o "$OUT/login.html" -D "$OUT/login.h" "$LB/login.xhtml"
curl -s -c "$JAR" -b "$JAR" -o /dev/null -D "$OUT/login-post.h" \
    --data-urlencode "login=login" --data-urlencode "username=trainee" --data-urlencode "password=demo" \
    --data-urlencode "submit=Log in" --data-urlencode "jakarta.faces.ViewState=$(view_state "$OUT/login.html")" \
    "$LB/login.xhtml"
echo "   form from node $(node_of "$OUT/login.h"), login posted to node $(node_of "$OUT/login-post.h")"
status=$(curl -s -b "$JAR" -c "$JAR" -o /dev/null -w '%{http_code}' "$LB/scenarios.xhtml")
check "the catalogue opens for the logged-in session ($status)" "$([[ $status == 200 ]] && echo true || echo false)"

echo "== the trainee starts a role-play (the API, with the browser's session)"
curl -s -b "$JAR" -c "$JAR" -o "$OUT/attempt.json" -D "$OUT/attempt.h" -H 'Content-Type: application/json' \
    -d "{\"scenario\": \"$SCENARIO\"}" "$LB/api/attempts"
ATTEMPT=$(json "$OUT/attempt.json" 'j["id"]')
TURNS=$(json "$OUT/attempt.json" 'len(j["turns"])')
SERVED=$(node_of "$OUT/attempt.h")
echo "   attempt $ATTEMPT started on node $SERVED"
[[ $SERVED == a || $SERVED == b ]] || { echo "FAIL: cannot tell which node served the attempt"; exit 1; }
OTHER=$([[ $SERVED == a ]] && echo b || echo a)

echo "== the role-play page opens on node $SERVED (its view and view-scoped bean live in the session)"
curl -s -b "$JAR" -c "$JAR" -o "$OUT/play.html" -w '%{http_code}\n' "http://127.0.0.1:${PORT[$SERVED]}/play.xhtml?attempt=$ATTEMPT" \
    > "$OUT/play.status"
check "the page is there ($(cat "$OUT/play.status"))" "$(grep -q 'answer-form:sendButton' "$OUT/play.html" && echo true || echo false)"

echo "== node $SERVED is stopped (SIGTERM)"
kill -TERM "${PID[$SERVED]}"
for _ in $(seq 1 120); do alive "${PID[$SERVED]}" || break; sleep 0.5; done
if alive "${PID[$SERVED]}"; then
    echo "   still running after 60 s: killed"; kill -KILL "${PID[$SERVED]}"
fi
wait "${PID[$SERVED]}" 2>/dev/null || true
unset "PID[$SERVED]"

echo "== the same session carries on through the load balancer, on node $OTHER"
status=$(curl -s -b "$JAR" -c "$JAR" -o /dev/null -D "$OUT/after-page.h" -w '%{http_code}' "$LB/scenarios.xhtml")
check "a page that needs a login still opens ($status, node $(node_of "$OUT/after-page.h"))" \
    "$([[ $status == 200 ]] && echo true || echo false)"
status=$(curl -s -b "$JAR" -c "$JAR" -o "$OUT/mine.json" -D "$OUT/after-api.h" -w '%{http_code}' "$LB/api/me/attempts")
check "the API still knows the trainee and the role ($status)" \
    "$([[ $status == 200 ]] && grep -q "$ATTEMPT" "$OUT/mine.json" && echo true || echo false)"
curl -s -b "$JAR" -c "$JAR" -o /dev/null -D "$OUT/answer.h" \
    --data-urlencode "answer-form=answer-form" \
    --data-urlencode "answer-form:answer=Welcome back! Lovely to see you again. Your usual flat white? I'll get it started right away." \
    --data-urlencode "answer-form:sendButton=Send" \
    --data-urlencode "jakarta.faces.ViewState=$(view_state "$OUT/play.html")" \
    "$LB/play.xhtml?attempt=$ATTEMPT"
location=$(tr -d '\r' < "$OUT/answer.h" | awk 'tolower($1) == "location:" { print $2 }')
check "the answer sent from the page opened on the stopped node is taken (redirect to ${location:-none})" \
    "$([[ $location == *answered=true* ]] && echo true || echo false)"
curl -s -b "$JAR" -c "$JAR" -o "$OUT/attempt-after.json" "$LB/api/attempts/$ATTEMPT"
turns=$(json "$OUT/attempt-after.json" 'len(j["turns"])' 2>/dev/null || echo "?")
check "the attempt continues: $TURNS turn(s) before, $turns now" \
    "$([[ $turns == $((TURNS + 1)) ]] && echo true || echo false)"
unserializable=$({ grep -c "Cannot serialize session attribute" "$OUT"/node-*.log || true; } | awk -F: '{ n += $2 } END { print n + 0 }')
check "no session attribute left out of replication ($unserializable logged)" \
    "$([[ $unserializable == 0 ]] && echo true || echo false)"

echo
if (( FAILURES == 0 )); then
    echo "PASS: the session survived node $SERVED being stopped"
else
    echo "FAIL: $FAILURES check(s) failed; logs in $OUT"
    exit 1
fi
