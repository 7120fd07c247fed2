#!/usr/bin/env bash
# Runs the EAR on Payara Server for development and tests.
#   payara.sh run     prepare the server if needed, start it, deploy, wait for Ctrl-C, stop
#   payara.sh start   prepare, start, deploy and return once the application answers
#   payara.sh restart stop, then start with the environment of this call (the tests switch Stripe off this way)
#   payara.sh stop    stop the server
#   payara.sh log     print the path of the server log
# The server distribution is unpacked by Maven (booking-ear) into target/servers/payara6.
set -euo pipefail
source "$(dirname "$0")/common.sh"

PAYARA_HOME=${PAYARA_HOME:-$SERVERS/payara6}
ASADMIN="$PAYARA_HOME/bin/asadmin"
DOMAIN_DIR="$PAYARA_HOME/glassfish/domains/domain1"
SERVER_LOG="$DOMAIN_DIR/logs/server.log"
# The connection pool's warning for every connection it fails to open: while the database is away that is one per
# request, which the application already reports in a line per 10 s (the reasons in config/payara/configure.sh).
QUIET_LOGGER=javax.enterprise.resource.resourceadapter.com.sun.enterprise.resource.allocator
export AS_JAVA=$JAVA_HOME

[ -x "$ASADMIN" ] || fail "no Payara Server at $PAYARA_HOME: run 'mvn package' first (it unpacks the server)"

# A fresh domain listens on every interface (and its H2 pools open a TCP server for AUTO_SERVER);
# this machine's servers must listen on loopback only.
# Maven may unpack the distribution again over a prepared one, so the check looks at domain.xml itself.
prepare() {
    if [ -f "$DOMAIN_DIR/.booking-prepared" ] \
        && ! grep -q -e 'address="0\.0\.0\.0"' -e 'AUTO_SERVER=TRUE' "$DOMAIN_DIR/config/domain.xml" \
        && grep -q 'cookie-same-site-enabled="true"' "$DOMAIN_DIR/config/domain.xml" \
        && grep -qxF "$QUIET_LOGGER.level=SEVERE" "$DOMAIN_DIR/config/logging.properties"; then
        return 0
    fi
    say "preparing Payara Server (first run only)"
    sed -i \
        -e 's/<network-listener \(port="[^"]*" protocol="[^"]*" transport="tcp" name="\)/<network-listener address="127.0.0.1" \1/' \
        -e 's/address="0\.0\.0\.0"/address="127.0.0.1"/g' \
        -e 's/;AUTO_SERVER=TRUE//' \
        "$DOMAIN_DIR/config/domain.xml"
    "$ASADMIN" start-domain domain1 >/dev/null
    "$ASADMIN" set-hazelcast-configuration --dasbindaddress=127.0.0.1 --interfaces=127.0.0.1 >/dev/null
    "$ASADMIN" list-jvm-options | grep -q -- '-Dhazelcast.socket.bind.any=false' \
        || "$ASADMIN" create-jvm-options '-Dhazelcast.socket.bind.any=false' >/dev/null
    "$ASADMIN" set configs.config.server-config.jms-service.type=DISABLED >/dev/null
    # The JMX connector exports its RMI objects on a random port on every interface; nothing here uses JMX.
    "$ASADMIN" set configs.config.server-config.admin-service.jmx-connector.system.enabled=false >/dev/null
    "$ASADMIN" set configs.config.server-config.network-config.network-listeners.network-listener.http-listener-1.port="$PORT" >/dev/null
    # Payara ignores web.xml's SameSite cookie attribute; its listeners set it instead.
    for listener in http-listener-1 http-listener-2; do
        "$ASADMIN" set "configs.config.server-config.network-config.protocols.protocol.$listener.http.cookie-same-site-value=Lax" >/dev/null
        "$ASADMIN" set "configs.config.server-config.network-config.protocols.protocol.$listener.http.cookie-same-site-enabled=true" >/dev/null
    done
    "$ASADMIN" set-log-levels "$QUIET_LOGGER=SEVERE" >/dev/null
    "$ASADMIN" stop-domain domain1 >/dev/null
    touch "$DOMAIN_DIR/.booking-prepared"
}

start() {
    require_ear
    prepare
    # The embedded database lives with the domain, so each server keeps its own and a restart keeps the data.
    export BOOKING_DATA_DIR=${BOOKING_DATA_DIR:-$DOMAIN_DIR/booking-data}
    say "starting Payara Server $(basename "$PAYARA_HOME") (database: ${BOOKING_DB_URL:-embedded H2 in $BOOKING_DATA_DIR})"
    # A failed deployment can leave its expanded files behind without registering the application; the next
    # deployment then trips over them ("Could not find sub module"), so they go first.
    if ! registered; then
        rm -rf "$DOMAIN_DIR/applications/booking" "$DOMAIN_DIR"/generated/*/booking
    fi
    # A run stopped a moment ago may still be shutting down (the stop after Ctrl-C continues in the background).
    if "$ASADMIN" list-domains 2>/dev/null | grep -q '^domain1 running'; then
        say "stopping the server of the previous run first"
        "$ASADMIN" stop-domain domain1 >/dev/null 2>&1 || true
    fi
    remove_expired_certificates
    "$ASADMIN" start-domain domain1 >/dev/null
    # start-domain returns before the web container is ready; deploying too early fails with a CDI error.
    wait_for_listener
    # Every start deploys the EAR afresh. A run that ended without its stop (killed) leaves its deployment
    # registered, and the domain has just tried to reload it, which can fail on its own expanded files ("Expected
    # to find an expanded directory for submodule booking-web.war but found a JAR") and leave the domain refusing
    # the new deployment; so it goes first.
    if registered; then
        "$ASADMIN" undeploy booking >/dev/null 2>&1 || true
    fi
    say "deploying $EAR"
    local attempt
    for attempt in 1 2 3; do
        "$ASADMIN" deploy --force=true --name booking "$EAR" >/dev/null && break
        [ "$attempt" -eq 3 ] && fail "deployment failed; see $DOMAIN_DIR/logs/server.log"
        # After a failed deployment the domain may refuse every later one ("Invalid ejb jar ... it contains zero
        # ejb") until it restarts.
        say "deployment failed; restarting the domain and trying again"
        "$ASADMIN" undeploy booking >/dev/null 2>&1 || true
        "$ASADMIN" restart-domain domain1 >/dev/null
        wait_for_listener
    done
    wait_until_ready "$START_SECONDS"
}

# Payara's bundled truststore still carries CA certificates that have expired, and the domain logs a WARNING for each
# at every start (NCLS-SECURITY-05054); nothing can be verified with them any more, so they go before it starts.
remove_expired_certificates() {
    local store="$DOMAIN_DIR/config/cacerts.p12" keytool="$JAVA_HOME/bin/keytool" list now alias until
    [ -f "$store" ] || return 0
    list=$("$keytool" -list -v -keystore "$store" -storepass changeit 2>/dev/null \
        | awk '/^Alias name: /{alias=substr($0,13)} /^Valid from: /{sub(/.*until: /,""); print alias "\t" $0}')
    [ -n "$list" ] || return 0
    now=$(date +%s)
    paste <(cut -f1 <<<"$list") <(cut -f2 <<<"$list" | date -f - +%s) | while IFS=$'\t' read -r alias until; do
        if [ "$until" -le "$now" ]; then
            "$keytool" -delete -alias "$alias" -keystore "$store" -storepass changeit >/dev/null
        fi
    done
}

registered() {
    grep -q '<application [^>]*name="booking"' "$DOMAIN_DIR/config/domain.xml"
}

wait_for_listener() {
    for _ in $(seq 60); do
        curl -s -o /dev/null "http://localhost:$PORT/" && return 0
        sleep 1
    done
}

# The deployment goes before the domain stops: a domain that starts with the application still registered reloads
# it from its expanded files, which fails and logs SEVERE errors before start() can deploy afresh.
stop() {
    if registered && "$ASADMIN" list-domains 2>/dev/null | grep -q '^domain1 running'; then
        "$ASADMIN" undeploy booking >/dev/null 2>&1 || true
    fi
    "$ASADMIN" stop-domain domain1 >/dev/null 2>&1 || true
    say "Payara Server stopped"
}

case "${1:-}" in
    run) start; hold_until_interrupted ;;
    start) start ;;
    restart) stop; start ;;
    stop) stop ;;
    log) echo "$SERVER_LOG" ;;
    *) fail "usage: $0 run|start|restart|stop|log" ;;
esac
