#!/usr/bin/env bash
# Runs the EAR on WildFly (standalone-full) for development and tests.
#   wildfly.sh run     prepare the server if needed, start it, deploy, wait for Ctrl-C, stop
#   wildfly.sh start   prepare, start, deploy and return once the application answers
#   wildfly.sh restart stop, then start with the environment of this call (the tests switch Stripe off this way)
#   wildfly.sh stop    stop the server
#   wildfly.sh log     print the path of the server log
# The server distribution is unpacked by Maven (booking-ear) into target/servers/wildfly-39.0.1.Final.
# BOOKING_HTTP_PORT moves every port of the server by the same offset (management: 9990 + offset).
set -euo pipefail
source "$(dirname "$0")/common.sh"

WILDFLY_HOME=${WILDFLY_HOME:-$SERVERS/wildfly-39.0.1.Final}
CLI="$WILDFLY_HOME/bin/jboss-cli.sh"
BASE_DIR="$WILDFLY_HOME/standalone"
SERVER_LOG="$BASE_DIR/log/server.log"
DEPLOYMENTS="$BASE_DIR/deployments"
PID_FILE="$BASE_DIR/booking-wildfly.pid"
# The management address of the running server, so that 'stop' finds it whatever BOOKING_HTTP_PORT says then.
CONTROLLER_FILE="$BASE_DIR/booking-wildfly.controller"
LOG_FILE="$BASE_DIR/log/console.log"
CONFIGURE_CLI="$ROOT/config/wildfly/configure.cli"
OFFSET=$((PORT - 8080))
[ "$OFFSET" -ge 0 ] || fail "BOOKING_HTTP_PORT must be 8080 or above on WildFly (it moves every port by the same offset)"
CONTROLLER="127.0.0.1:$((9990 + OFFSET))"

[ -x "$CLI" ] || fail "no WildFly at $WILDFLY_HOME: run 'mvn package' first (it unpacks the server)"

# Applies the operator's script (config/wildfly/configure.cli) once, offline, to standalone-full.xml; again only
# when the script or the configuration file has changed since (e.g. the distribution unpacked over it): the script
# is idempotent. The marker holds both checksums.
prepare() {
    local marker="$BASE_DIR/.booking-prepared" script
    [ "$(cat "$marker" 2>/dev/null)" = "$(checksums)" ] && return 0
    say "preparing WildFly (applying $CONFIGURE_CLI)"
    script=$(mktemp)
    { echo "embed-server --server-config=standalone-full.xml --std-out=discard"
      cat "$CONFIGURE_CLI"
      echo "stop-embedded-server"; } > "$script"
    "$CLI" --file="$script" >/dev/null || { rm -f "$script"; fail "configure.cli failed on $WILDFLY_HOME"; }
    rm -f "$script"
    checksums > "$marker"
}

checksums() {
    sha256sum "$CONFIGURE_CLI" "$BASE_DIR/configuration/standalone-full.xml" | cut -d' ' -f1 | paste -sd' '
}

running_pid() {
    local pid
    pid=$(cat "$PID_FILE" 2>/dev/null) || return 1
    kill -0 "$pid" 2>/dev/null && echo "$pid"
}

start() {
    require_ear
    prepare
    ! running_pid >/dev/null || fail "WildFly is already running (PID $(cat "$PID_FILE")): run '$0 stop' first"
    # The embedded database lives with the server, so each server keeps its own and a restart keeps the data.
    export BOOKING_DATA_DIR=${BOOKING_DATA_DIR:-$BASE_DIR/data/booking-data}
    say "starting WildFly $(basename "$WILDFLY_HOME") (database: ${BOOKING_DB_URL:-embedded H2 in $BOOKING_DATA_DIR})"
    # The EAR is deployed by the deployment scanner while the server boots; stale markers would block a redeploy.
    say "deploying $EAR"
    rm -f "$DEPLOYMENTS"/booking.ear.*
    cmp -s "$EAR" "$DEPLOYMENTS/booking.ear" || cp "$EAR" "$DEPLOYMENTS/booking.ear"
    mkdir -p "$(dirname "$LOG_FILE")"
    echo "$CONTROLLER" > "$CONTROLLER_FILE"
    # In the background, JBOSS_PIDFILE receives the PID of the server's JVM (standalone.sh waits for it).
    # The transaction manager's node id must differ between servers sharing resources; WildFly warns (WFLYTX0013)
    # while it is the default "1". This one server is named after its HTTP port.
    LAUNCH_JBOSS_IN_BACKGROUND=true JBOSS_PIDFILE="$PID_FILE" nohup "$WILDFLY_HOME/bin/standalone.sh" \
        -c standalone-full.xml -b 127.0.0.1 -bmanagement 127.0.0.1 \
        -Djboss.socket.binding.port-offset="$OFFSET" -Djboss.tx.node.id="booking-$PORT" \
        > "$LOG_FILE" 2>&1 < /dev/null &
    for _ in $(seq 20); do [ -s "$PID_FILE" ] && break; sleep 0.5; done
    say "WildFly PID $(cat "$PID_FILE" 2>/dev/null || echo '?'), log $BASE_DIR/log/server.log"
    wait_for_deployment "$START_SECONDS"
    wait_until_ready "$START_SECONDS"
}

# The deployment scanner leaves a marker next to the EAR: .deployed, or .failed with the reason.
wait_for_deployment() {
    local seconds=$1
    for _ in $(seq "$seconds"); do
        [ -f "$DEPLOYMENTS/booking.ear.deployed" ] && return 0
        if [ -f "$DEPLOYMENTS/booking.ear.failed" ]; then
            say "deployment failed (details in $BASE_DIR/log/server.log):"
            cat "$DEPLOYMENTS/booking.ear.failed"; echo
            return 1
        fi
        running_pid >/dev/null || fail "WildFly exited during start: see $LOG_FILE"
        sleep 1
    done
    fail "booking.ear was not deployed within $seconds s: see $BASE_DIR/log/server.log"
}

stop() {
    local pid
    if ! pid=$(running_pid); then
        rm -f "$PID_FILE" "$CONTROLLER_FILE"
        say "WildFly is not running"
        return 0
    fi
    "$CLI" --connect --controller="$(cat "$CONTROLLER_FILE" 2>/dev/null || echo "$CONTROLLER")" \
        --command=:shutdown >/dev/null 2>&1 || true
    for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    if kill -0 "$pid" 2>/dev/null; then
        say "WildFly did not shut down cleanly; killing PID $pid"
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 15); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$PID_FILE" "$CONTROLLER_FILE"
    say "WildFly stopped"
}

case "${1:-}" in
    run) start; hold_until_interrupted ;;
    start) start ;;
    restart) stop; start ;;
    stop) stop ;;
    log) echo "$SERVER_LOG" ;;
    *) fail "usage: $0 run|start|restart|stop|log" ;;
esac
