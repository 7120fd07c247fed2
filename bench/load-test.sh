#!/usr/bin/env bash
# The Gatling load test of issue 15 (bench/gatling): seeds a PostgreSQL database with the load fixture
# (bench/seed-load.sql: 500 builders, 5,000 clients, 50,000 bookings), starts the servers (or targets
# BENCH_BASE_URL), runs the simulation and prints the figures of each request kind and where the HTML report is.
#
#   bench/load-test.sh               one node: WildFly on BENCH_PORT (8380) and the realistic mix (BookingMixSimulation)
#   BENCH_NODES=2 bench/load-test.sh two nodes behind HAProxy: config/dev/two-nodes.sh (Payara 8080, WildFly 8280,
#                                    HAProxy 8000, under flock /tmp/booking-server.lock) where it exists, otherwise (or
#                                    with BENCH_TWO_NODES=wildfly) two WildFly nodes (BENCH_PORT and BENCH_PORT2, 8390)
#                                    behind an HAProxy this script starts on BENCH_LB_PORT (8000)
#   BENCH_SIMULATION=SlotBudgetSimulation bench/load-test.sh
#                                    the slot API's budget: a month of slots, closed loop, after a warm-up
#   BENCH_BASE_URL=http://host:port bench/load-test.sh
#                                    a server already running on BENCH_DB (seeded here unless BENCH_SEED=0)
#
# Every measured run holds flock /tmp/booking-bench.lock, so two benchmarks on this machine never overlap, and prints
# `uptime` before and after it: on a shared machine the load beside the figures says what they are worth.
# Needs JDK 17, Maven (the first run fetches Gatling from Maven Central), psql, curl, and haproxy for two nodes.
# Settings (environment): BENCH_DB (s21_load_test; dropped and created anew unless BENCH_SEED=0), BENCH_PGHOST
# (127.0.0.1), BENCH_PGPORT (5432), BENCH_PGUSER (postgres), BENCH_BUILDERS (500), BENCH_CLIENTS (5000),
# BENCH_BOOKINGS (50000), BENCH_SECONDS (120, the measured run), BENCH_WARM_UP_SECONDS (60: the mix at the same
# rates, not reported, before the measured run; the slot budget's own warm-up is its warmUpSeconds), BENCH_GATLING
# (extra -D options for the simulation, e.g. "-DbrowseRate=4 -DhealthRate=10" or "-Dconcurrency=2"),
# BENCH_KEEP (0; 1 keeps the servers running and the database).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

NODES=${BENCH_NODES:-1}
TWO_NODES=${BENCH_TWO_NODES:-script}
PORT=${BENCH_PORT:-8380}
PORT2=${BENCH_PORT2:-8390}
LB_PORT=${BENCH_LB_PORT:-8000}
PGHOST_=${BENCH_PGHOST:-127.0.0.1}
PGPORT_=${BENCH_PGPORT:-5432}
PGUSER_=${BENCH_PGUSER:-postgres}
DB=${BENCH_DB:-s21_load_test}
BUILDERS=${BENCH_BUILDERS:-500}
CLIENTS=${BENCH_CLIENTS:-5000}
BOOKINGS=${BENCH_BOOKINGS:-50000}
SECONDS_=${BENCH_SECONDS:-120}
WARM_UP_SECONDS=${BENCH_WARM_UP_SECONDS:-60}
SIMULATION=${BENCH_SIMULATION:-BookingMixSimulation}
KEEP=${BENCH_KEEP:-0}
PASSWORD=load-test-pass-2026
GATLING_DIR=$ROOT/bench/gatling
WORK=$ROOT/target/load-test/run-$(date +%Y%m%d-%H%M%S)
SERVERS=$ROOT/target/servers
WILDFLY=$SERVERS/wildfly-39.0.1.Final
WILDFLY2=$SERVERS/wildfly-node2
EAR=$ROOT/booking-ear/target/booking.ear
mkdir -p "$WORK"

say() { printf '[load-test] %s\n' "$*"; }
fail() { printf '[load-test] ERROR: %s\n' "$*" >&2; exit 1; }
psql_() { psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST_" -p "$PGPORT_" -U "$PGUSER_" "$@"; }

for tool in psql mvn curl flock; do
    command -v "$tool" >/dev/null || fail "$tool is not installed"
done
[ "$NODES" = 1 ] || [ "$NODES" = 2 ] || fail "BENCH_NODES is 1 or 2, not $NODES"

# ---- servers ------------------------------------------------------------------------------------------------------
STARTED=()
TWO_NODES_SCRIPT=$ROOT/config/dev/two-nodes.sh
SERVER_LOCK_FD=
HAPROXY_PID=
server_env() {
    # Every load client signs in or registers from this one address: far beyond what one address may register in
    # an hour in production. A larger heap than WildFly's default 512 MB, as an operator would give a loaded node.
    export BOOKING_REGISTRATIONS_PER_ADDRESS=1000000 BOOKING_DEMO_DATA=false \
        BOOKING_DB_URL="jdbc:postgresql://$PGHOST_:$PGPORT_/$DB" BOOKING_DB_USER="$PGUSER_" \
        BOOKING_DB_PASSWORD="${BENCH_PGPASSWORD:-}" BOOKING_SERVERS="$SERVERS" BOOKING_EAR="$EAR" \
        JBOSS_JAVA_SIZING="-Xms512m -Xmx1g -XX:FlightRecorderOptions:stackdepth=256"
}
start_wildfly() { # HOME PORT
    say "starting WildFly ($1) on port $2 against $DB"
    WILDFLY_HOME=$1 BOOKING_HTTP_PORT=$2 BOOKING_DATA_DIR="$WORK/data-$2" config/dev/wildfly.sh start \
        > "$WORK/wildfly-$2.log" 2>&1 || { tail -20 "$WORK/wildfly-$2.log"; fail "WildFly on $2 did not start"; }
    STARTED+=("wildfly:$1:$2")
}
start_haproxy() {
    command -v haproxy >/dev/null || fail "HAProxy is not installed: apt-get install -y haproxy"
    # Round robin over both nodes, health checks on /api/health, the session cookie kept on the node that set it.
    cat > "$WORK/haproxy.cfg" <<EOF
global
    maxconn 2000
defaults
    mode http
    timeout connect 5s
    timeout client 60s
    timeout server 60s
frontend booking
    bind 127.0.0.1:$LB_PORT
    default_backend booking_nodes
backend booking_nodes
    balance roundrobin
    option httpchk GET /api/health
    http-check expect status 200
    cookie BOOKING_NODE insert indirect nocache httponly
    server node1 127.0.0.1:$PORT check inter 2s cookie node1
    server node2 127.0.0.1:$PORT2 check inter 2s cookie node2
EOF
    haproxy -f "$WORK/haproxy.cfg" -D -p "$WORK/haproxy.pid" || fail "HAProxy did not start"
    HAPROXY_PID=$(cat "$WORK/haproxy.pid")
    say "HAProxy (PID $HAPROXY_PID) on 127.0.0.1:$LB_PORT over $PORT and $PORT2"
}
stop_servers() {
    local entry home port
    if [ -n "$HAPROXY_PID" ]; then kill "$HAPROXY_PID" 2>/dev/null || true; HAPROXY_PID=; fi
    for entry in "${STARTED[@]}"; do
        case $entry in
            two-nodes) BOOKING_DB_URL="jdbc:postgresql://$PGHOST_:$PGPORT_/$DB" "$TWO_NODES_SCRIPT" stop \
                           >> "$WORK/two-nodes.log" 2>&1 || true ;;
            wildfly:*) home=${entry#wildfly:}; port=${home##*:}; home=${home%:*}
                       WILDFLY_HOME=$home BOOKING_HTTP_PORT=$port config/dev/wildfly.sh stop >/dev/null 2>&1 || true ;;
        esac
    done
    STARTED=()
}
cleanup() {
    local status=$?
    set +e
    if [ "$KEEP" = 1 ]; then
        say "kept the servers and the database $DB (BENCH_KEEP=1)"
    else
        stop_servers
        [ -z "${BENCH_BASE_URL:-}" ] && [ "${BENCH_SEED:-1}" = 1 ] \
            && psql_ -d postgres -c "DROP DATABASE IF EXISTS $DB" && say "dropped the database $DB"
    fi
    say "files of this run: $WORK"
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -z "${BENCH_BASE_URL:-}" ]; then
    [ -f "$EAR" ] || { say "building the EAR (mvn -DskipTests package)"; mvn -q -DskipTests package; }
    [ -x "$WILDFLY/bin/standalone.sh" ] || { say "unpacking WildFly"; mvn -q -Pwildfly -pl booking-ear dependency:unpack@unpack-server; }
    if [ "${BENCH_SEED:-1}" = 1 ]; then
        psql_ -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
    fi
    server_env
    if [ "$NODES" = 1 ]; then
        start_wildfly "$WILDFLY" "$PORT"
        BASE_URL=http://127.0.0.1:$PORT
    elif [ -x "$TWO_NODES_SCRIPT" ] && [ "$TWO_NODES" = script ]; then
        # Payara's admin port is fixed on this machine: the whole two-node run holds the servers' lock.
        exec {SERVER_LOCK_FD}> /tmp/booking-server.lock
        say "waiting for /tmp/booking-server.lock (Payara runs once per machine)"
        flock "$SERVER_LOCK_FD"
        say "starting Payara, WildFly and HAProxy with config/dev/two-nodes.sh"
        STARTED+=(two-nodes)
        BOOKING_LB_PORT=$LB_PORT "$TWO_NODES_SCRIPT" start > "$WORK/two-nodes.log" 2>&1 \
            || { tail -20 "$WORK/two-nodes.log"; fail "config/dev/two-nodes.sh did not start"; }
        BASE_URL=http://127.0.0.1:$LB_PORT
    else
        if [ ! -x "$WILDFLY2/bin/standalone.sh" ]; then
            say "copying WildFly for the second node into $WILDFLY2"
            cp -a "$WILDFLY" "$WILDFLY2"
            rm -rf "$WILDFLY2/standalone/data" "$WILDFLY2/standalone/tmp" "$WILDFLY2/standalone/log"
        fi
        # The first node migrates the database alone; the second starts on the migrated schema.
        start_wildfly "$WILDFLY" "$PORT"
        start_wildfly "$WILDFLY2" "$PORT2"
        start_haproxy
        BASE_URL=http://127.0.0.1:$LB_PORT
        for _ in $(seq 30); do
            [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL/api/health")" = 200 ] && break
            sleep 1
        done
    fi
else
    BASE_URL=${BENCH_BASE_URL%/}
fi
say "target: $BASE_URL"

# ---- seed ---------------------------------------------------------------------------------------------------------
if [ "${BENCH_SEED:-1}" = 1 ]; then
    # The load clients' password is hashed by the server itself: one account registered through the API lends its
    # hash to every seeded client.
    code=$(curl -s -o "$WORK/template.json" -w '%{http_code}' -H 'Content-Type: application/json' \
        -d "{\"email\":\"load-template@bench.invalid\",\"displayName\":\"Load template\",\"password\":\"$PASSWORD\",\"timezone\":\"UTC\"}" \
        "$BASE_URL/api/accounts")
    [ "$code" = 201 ] || fail "registering the template account answered $code: $(cat "$WORK/template.json")"
    hash=$(psql_ -d "$DB" -At -c "SELECT password_hash FROM account WHERE email = 'load-template@bench.invalid'")
    say "seeding $BUILDERS builders, $CLIENTS clients and $BOOKINGS bookings (bench/seed-load.sql)"
    psql_ -d "$DB" -v builders="$BUILDERS" -v clients="$CLIENTS" -v bookings="$BOOKINGS" -v past_days=40 \
        -v first_id=600000 -v client_first_id=700000 -v booking_first_id=10000000 -v password_hash="$hash" \
        -f bench/seed-load.sql
fi

# ---- run ----------------------------------------------------------------------------------------------------------
gatling() { # SIMULATION SECONDS LOG [extra -D...]
    local simulation=$1 seconds=$2 log=$3
    shift 3
    # shellcheck disable=SC2086
    mvn -q -f "$GATLING_DIR/pom.xml" gatling:test \
        -Dgatling.simulationClass="com.buildappswith.booking.bench.gatling.$simulation" -DbaseUrl="$BASE_URL" \
        -Dseconds="$seconds" -Dbuilders="$BUILDERS" -Dclients="$CLIENTS" -Dpassword="$PASSWORD" \
        ${BENCH_GATLING:-} "$@" > "$log" 2>&1 || { tail -40 "$log"; fail "Gatling failed: see $log"; }
}
# The server processes whose CPU time the summary reports: whatever listens on the nodes' ports.
node_ports() {
    if [ -n "${BENCH_BASE_URL:-}" ]; then echo "${BASE_URL##*:}" | grep -o '^[0-9]*' || true; return 0; fi
    if [ "$NODES" = 1 ]; then echo "$PORT"
    elif [ -x "$TWO_NODES_SCRIPT" ] && [ "$TWO_NODES" = script ]; then echo "8080 8280"
    else echo "$PORT $PORT2"; fi
}
server_pids() { local port; for port in $(node_ports); do
    ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; done | tr '\n' ' '; }
cpu_seconds() { local t=0 pid; for pid in $1; do t=$((t + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0))); done
    awk -v t="$t" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }'; }

if [ "$SIMULATION" = BookingMixSimulation ] && [ "$WARM_UP_SECONDS" -gt 0 ]; then
    say "warm-up: the mix for $WARM_UP_SECONDS s (not reported)"
    gatling "$SIMULATION" "$WARM_UP_SECONDS" "$WORK/warm-up.log" -Dgatling.resultsFolder="$WORK/warm-up"
fi

exec {BENCH_LOCK_FD}> /tmp/booking-bench.lock
say "waiting for /tmp/booking-bench.lock"
flock "$BENCH_LOCK_FD"
PIDS=$(server_pids)
LOAD_BEFORE=$(uptime)
CPU_BEFORE=$(cpu_seconds "$PIDS")
say "measured run: $SIMULATION for $SECONDS_ s against $BASE_URL ($LOAD_BEFORE)"
gatling "$SIMULATION" "$SECONDS_" "$WORK/gatling.log" -Dgatling.resultsFolder="$WORK/report"
CPU_AFTER=$(cpu_seconds "$PIDS")
LOAD_AFTER=$(uptime)
flock -u "$BENCH_LOCK_FD"

REPORT=$(ls -d "$WORK"/report/*/index.html | head -1)
{
    echo "==== $SIMULATION, $NODES node(s), $BASE_URL, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) CPUs ===="
    echo "load before: $LOAD_BEFORE"
    echo "load after:  $LOAD_AFTER"
    echo "server CPU during the run: $(awk -v a="$CPU_AFTER" -v b="$CPU_BEFORE" 'BEGIN { printf "%.1f", a - b }') s (PIDs $PIDS)"
    # The statistics table of Gatling's report: name, count, KO, KO %, requests/s, min, p50, p75, p95, p99, max.
    awk '
        /class="ellipsed-name">/ { sub(/.*class="ellipsed-name">/, ""); sub(/<.*/, ""); name = $0; n = 0; next }
        /<td class="value/ { sub(/.*">/, ""); sub(/<.*/, ""); v[++n] = $0
            if (n == 13) printf "%-24s %8s %6s %8s %7s %7s %7s %7s\n", name, v[1], v[3], v[5], v[7], v[9], v[10], v[11] }
        BEGIN { printf "%-24s %8s %6s %8s %7s %7s %7s %7s\n", "request", "count", "KO", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms" }
    ' "$REPORT"
    echo "report: $REPORT"
} | tee "$WORK/summary.txt"
