#!/usr/bin/env bash
# Two nodes behind a load balancer on this machine's loopback: Payara Server on 8080 and WildFly on 8280 running the
# EAR built in this worktree on one PostgreSQL database, and HAProxy on 127.0.0.1:8000 with config/haproxy/booking.cfg.
#   two-nodes.sh start    start the three and return once the balancer has both nodes in rotation
#   two-nodes.sh stop     stop them
#   two-nodes.sh status   which run, and what the balancer thinks of each node
# The database is BOOKING_DB_URL (with BOOKING_DB_USER, BOOKING_DB_PASSWORD) if set; otherwise the database
# booking_two_nodes on the PostgreSQL server at 127.0.0.1:5432, created as the user postgres if missing. Every other
# BOOKING_* variable reaches both nodes as it does with payara.sh and wildfly.sh; BOOKING_TRUSTED_PROXIES defaults to
# 127.0.0.1 (the balancer's address as the nodes see it) and BOOKING_PUBLIC_URL to the balancer's URL. Payara's
# admin port is fixed, so one Payara per machine.
# Logs: target/two-nodes/ (HAProxy's request log in haproxy.log, each server's start in *-start.log).
set -euo pipefail
source "$(dirname "$0")/common.sh"

WILDFLY_PORT=${BOOKING_WILDFLY_PORT:-8280}
LB_PORT=${BOOKING_LB_PORT:-8000}
STATS_PORT=$((LB_PORT + 1))
RUN=$ROOT/target/two-nodes
HAPROXY_PID_FILE=$RUN/haproxy.pid
CONFIG=$ROOT/config/haproxy/booking.cfg
DEFAULT_DB=booking_two_nodes
URL="http://127.0.0.1:$LB_PORT/"

export BOOKING_LB_BIND=127.0.0.1:$LB_PORT BOOKING_LB_STATS=127.0.0.1:$STATS_PORT BOOKING_LB_LOG=stdout
export BOOKING_NODE_1=127.0.0.1:8080 BOOKING_NODE_2=127.0.0.1:$WILDFLY_PORT

payara() { BOOKING_HTTP_PORT=8080 "$ROOT/config/dev/payara.sh" "$@"; }
wildfly() { BOOKING_HTTP_PORT=$WILDFLY_PORT "$ROOT/config/dev/wildfly.sh" "$@"; }

haproxy_pid() {
    local pid
    pid=$(cat "$HAPROXY_PID_FILE" 2>/dev/null) || return 1
    kill -0 "$pid" 2>/dev/null && grep -q haproxy "/proc/$pid/cmdline" 2>/dev/null && echo "$pid"
}

# The balancer's view of its nodes, from its statistics as CSV: "node1 UP" lines.
node_states() {
    curl -s "http://127.0.0.1:$STATS_PORT/;csv" | awk -F, '$1 == "booking_nodes" && $2 ~ /^node/ {print $2, $18}'
}

use_database() {
    if [ -n "${BOOKING_DB_URL:-}" ]; then
        return 0
    fi
    command -v psql >/dev/null || fail "set BOOKING_DB_URL, or install psql so that $DEFAULT_DB can be created"
    if [ "$(psql -h 127.0.0.1 -U postgres -d postgres -qtAc "SELECT 1 FROM pg_database WHERE datname = '$DEFAULT_DB'")" != 1 ]; then
        say "creating the database $DEFAULT_DB on 127.0.0.1:5432"
        psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $DEFAULT_DB"
    fi
    export BOOKING_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DEFAULT_DB BOOKING_DB_USER=postgres
}

start() {
    command -v haproxy >/dev/null \
        || fail "HAProxy is not installed: sudo apt-get install haproxy (Debian/Ubuntu), or your system's package"
    require_ear
    ! haproxy_pid >/dev/null || fail "HAProxy is already running (PID $(cat "$HAPROXY_PID_FILE")): run '$0 stop' first"
    use_database
    export BOOKING_TRUSTED_PROXIES=${BOOKING_TRUSTED_PROXIES:-127.0.0.1}
    # Links in mail and the checkout's way back lead to the balancer, not to one node.
    export BOOKING_PUBLIC_URL=${BOOKING_PUBLIC_URL:-http://127.0.0.1:$LB_PORT}
    mkdir -p "$RUN"
    haproxy -c -q -f "$CONFIG" || fail "$CONFIG does not pass haproxy -c"
    say "starting Payara Server (:8080) and WildFly (:$WILDFLY_PORT) on $BOOKING_DB_URL"
    payara start > "$RUN/payara-start.log" 2>&1 &
    local payara_start=$!
    wildfly start > "$RUN/wildfly-start.log" 2>&1 &
    local wildfly_start=$!
    local failed=
    wait "$payara_start" || failed="Payara Server (see $RUN/payara-start.log)"
    wait "$wildfly_start" || failed="${failed:+$failed and }WildFly (see $RUN/wildfly-start.log)"
    [ -z "$failed" ] || fail "$failed did not start; '$0 stop' stops what did"
    # In the foreground of its own session (-db), so that its request log goes to the file; -db keeps it from
    # forking, so the PID recorded is HAProxy's own.
    setsid haproxy -db -f "$CONFIG" >> "$RUN/haproxy.log" 2>&1 < /dev/null &
    echo $! > "$HAPROXY_PID_FILE"
    for _ in $(seq 30); do
        [ "$(node_states | grep -c ' UP$')" = 2 ] && break
        haproxy_pid >/dev/null || fail "HAProxy exited: see $RUN/haproxy.log"
        sleep 0.5
    done
    [ "$(node_states | grep -c ' UP$')" = 2 ] || { node_states; fail "the balancer does not see both nodes UP"; }
    say "Builder Booking runs at http://127.0.0.1:$LB_PORT/ (HAProxy, sticky per browser: cookie BOOKING_NODE)"
    say "  node1 Payara Server http://127.0.0.1:8080/   node2 WildFly http://127.0.0.1:$WILDFLY_PORT/"
    say "  the balancer's statistics: http://127.0.0.1:$STATS_PORT/   its log: $RUN/haproxy.log"
    say_where_mail_goes
    say "Stop all three with: $0 stop"
}

stop() {
    local pid
    if pid=$(haproxy_pid); then
        kill "$pid"
        for _ in $(seq 10); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        say "HAProxy stopped"
    fi
    rm -f "$HAPROXY_PID_FILE"
    payara stop
    wildfly stop
}

status() {
    local pid
    if pid=$(haproxy_pid); then
        say "HAProxy (PID $pid) on 127.0.0.1:$LB_PORT sees:"
        node_states | sed -e 's/^node1/  node1 (Payara Server :8080)/' -e "s/^node2/  node2 (WildFly :$WILDFLY_PORT)/"
    else
        say "HAProxy is not running"
        for port in 8080 "$WILDFLY_PORT"; do
            say "  :$port/api/health answers $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/health")"
        done
    fi
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) status ;;
    *) fail "usage: $0 start|stop|status" ;;
esac
