#!/usr/bin/env bash
# A local stand-in for Stripe's API, for the tests against the deployed EAR: WireMock (its standalone jar, copied by
# Maven into target/servers) answers Checkout Session create/retrieve/expire and Refund create with bodies shaped like
# Stripe's (config/dev/stripe-stub), records every request for the tests to check, and serves a page at each checkout
# URL it hands out. Loopback only.
#   stripe-stub.sh start   start it on 127.0.0.1:$BOOKING_STRIPE_STUB_PORT (default 18089) and wait until it answers
#   stripe-stub.sh stop    stop the stub this script started (by its PID file)
#   stripe-stub.sh log     print the path of its log
set -euo pipefail
source "$(dirname "$0")/common.sh"

STUB_PORT=${BOOKING_STRIPE_STUB_PORT:-18089}
STUB_JAR=${BOOKING_STRIPE_STUB_JAR:-$SERVERS/wiremock-standalone.jar}
STUB_ROOT="$ROOT/config/dev/stripe-stub"
STUB_DIR="$SERVERS/stripe-stub"
PID_FILE="$STUB_DIR/stripe-stub.pid"
LOG_FILE="$STUB_DIR/stripe-stub.log"
ADMIN="http://127.0.0.1:$STUB_PORT/__admin"

running_pid() {
    local pid
    pid=$(cat "$PID_FILE" 2>/dev/null) || return 1
    kill -0 "$pid" 2>/dev/null && echo "$pid"
}

start() {
    [ -f "$STUB_JAR" ] || fail "no WireMock at $STUB_JAR: run 'mvn verify' in booking-ear first (it copies the jar)"
    mkdir -p "$STUB_DIR"
    # A run killed before its stop leaves its stub behind; it holds the port, so it goes first.
    running_pid >/dev/null && stop
    if curl -s -o /dev/null "$ADMIN/health"; then
        fail "port $STUB_PORT is taken by something this script did not start: set BOOKING_STRIPE_STUB_PORT"
    fi
    say "starting the Stripe stub on 127.0.0.1:$STUB_PORT (mappings: $STUB_ROOT, log: $LOG_FILE)"
    nohup "$JAVA_HOME/bin/java" -Xmx128m -jar "$STUB_JAR" --bind-address 127.0.0.1 --port "$STUB_PORT" \
        --root-dir "$STUB_ROOT" --disable-banner > "$LOG_FILE" 2>&1 < /dev/null &
    echo $! > "$PID_FILE"
    for _ in $(seq 60); do
        curl -s -o /dev/null -f "$ADMIN/health" && return 0
        running_pid >/dev/null || fail "the Stripe stub exited during start: see $LOG_FILE"
        sleep 0.5
    done
    fail "the Stripe stub did not answer on $ADMIN within 30 s: see $LOG_FILE"
}

stop() {
    local pid
    if ! pid=$(running_pid); then
        rm -f "$PID_FILE"
        say "the Stripe stub is not running"
        return 0
    fi
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    rm -f "$PID_FILE"
    say "the Stripe stub stopped"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    log) echo "$LOG_FILE" ;;
    *) fail "usage: $0 start|stop|log" ;;
esac
