#!/usr/bin/env bash
# Configures a running Payara Server 6 domain for Builder Booking, deploys the EAR and waits until it is healthy.
# From the checkout, with the domain started and its admin password set (README, "Payara Server 6"):
#
#   ASADMIN=/opt/payara6/bin/asadmin ASADMIN_PASSWORDFILE=$HOME/.payara-admin \
#   BOOKING_DB_URL=jdbc:postgresql://db.example.com:5432/booking BOOKING_DB_USER=booking BOOKING_DB_PASSWORD=... \
#   config/payara/configure.sh booking-ear/target/booking.ear
#
# ASADMIN_PASSWORDFILE holds the line AS_ADMIN_PASSWORD=<the domain admin's password>. The script refuses a domain
# whose admin has an empty password: anyone who reaches its admin port could read and change everything, the
# database password included. Extra asadmin options (--port, --user) can be given in ASADMIN_OPTS.
#
# The application defines its own datasource and reads its settings at start-up, from the server process's
# environment or, as written here, from the domain's system properties. Only settings that are set in the
# environment of this script are written; run it again to change them. Secrets (the database, first admin, Stripe and
# SMTP passwords) are kept as password aliases, so domain.xml and the admin console show only ${ALIAS=...}.
#
# The admin, IIOP and JMX listeners and the Domain Data Grid are bound to BOOKING_ADMIN_ADDRESS (127.0.0.1 unless
# told otherwise); the JMS broker, which the application does not use, and the TCP servers of the domain's embedded H2
# pools are switched off; HTTP (8080, 8181) stays on every interface. The connection pool no longer warns of each
# connection it fails to open (the application reports a database it cannot use). The script then waits up to
# BOOKING_START_SECONDS (180) for /api/health to answer 200 at BOOKING_HEALTH_URL
# (http://localhost:<http-listener-1's port>/api/health) and fails otherwise.
set -euo pipefail

ASADMIN=${ASADMIN:-asadmin}
EAR=${1:?usage: configure.sh path/to/booking.ear}
read -r -a OPTS <<< "${ASADMIN_OPTS:-}"
ADMIN_ADDRESS=${BOOKING_ADMIN_ADDRESS:-127.0.0.1}
START_SECONDS=${BOOKING_START_SECONDS:-180}

fail() { echo "configure.sh: $*" >&2; exit 1; }

[ -f "$EAR" ] || fail "no EAR at $EAR (build it with 'mvn -DskipTests package': booking-ear/target/booking.ear)"
[ -n "${ASADMIN_PASSWORDFILE:-}" ] || fail "set ASADMIN_PASSWORDFILE to a file with the line AS_ADMIN_PASSWORD=<admin password>"
[ -r "$ASADMIN_PASSWORDFILE" ] || fail "cannot read ASADMIN_PASSWORDFILE=$ASADMIN_PASSWORDFILE"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
chmod 700 "$WORK"

asadmin() { "$ASADMIN" "${OPTS[@]}" --interactive=false --passwordfile "$ASADMIN_PASSWORDFILE" "$@"; }

# A domain whose admin signs in with an empty password is open to anyone who reaches its admin port: refuse it.
printf 'AS_ADMIN_PASSWORD=\n' > "$WORK/empty"
if "$ASADMIN" "${OPTS[@]}" --interactive=false --passwordfile "$WORK/empty" list-applications >/dev/null 2>&1; then
    fail "the domain's admin has an empty password: set one first (asadmin change-admin-password, see the README)"
fi
asadmin list-applications >/dev/null || fail "asadmin cannot reach the domain with ASADMIN_PASSWORDFILE: is it running (asadmin start-domain)?"

# asadmin separates properties with ':' and treats '=' specially, so both are escaped in values.
escape() { printf '%s' "$1" | sed -e 's/[\\:=]/\\&/g'; }

set_property() {
    local variable=$1 property=$2
    if [ -n "${!variable:-}" ]; then
        asadmin delete-system-property "$property" >/dev/null 2>&1 || true
        asadmin create-system-properties "$property=$(escape "${!variable}")" >/dev/null
        echo "set $property from $variable"
    fi
}

# The value goes into the domain's password alias store; the system property names the alias, and Payara gives the
# application the resolved value when the server starts. Password files are read as Java properties: '\' escapes.
set_secret() {
    local variable=$1 property=$2 alias=${2//./-}
    if [ -n "${!variable:-}" ]; then
        { cat "$ASADMIN_PASSWORDFILE"; echo
          printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$(printf '%s' "${!variable}" | sed -e 's/\\/\\\\/g')"; } > "$WORK/alias"
        asadmin delete-password-alias "$alias" >/dev/null 2>&1 || true
        "$ASADMIN" "${OPTS[@]}" --interactive=false --passwordfile "$WORK/alias" create-password-alias "$alias" >/dev/null
        rm -f "$WORK/alias"
        asadmin delete-system-property "$property" >/dev/null 2>&1 || true
        asadmin create-system-properties "$property=$(escape "\${ALIAS=$alias}")" >/dev/null
        echo "set $property from $variable (password alias $alias)"
    fi
}

set_property BOOKING_DB_URL booking.db.url
set_property BOOKING_DB_USER booking.db.user
set_secret BOOKING_DB_PASSWORD booking.db.password
set_property BOOKING_DATA_DIR booking.data.dir
set_property BOOKING_DEMO_DATA booking.demo.data
set_property BOOKING_ADMIN_EMAIL booking.admin.email
set_secret BOOKING_ADMIN_PASSWORD booking.admin.password
set_property BOOKING_ADMIN_PROMOTE_EXISTING booking.admin.promote.existing
set_property BOOKING_HOLD_MINUTES booking.hold.minutes
set_property BOOKING_PUBLIC_URL booking.public.url
# Behind a reverse proxy or load balancer: its addresses (comma-separated), so that sign-ins and registrations are
# throttled by the client's own address from X-Forwarded-For instead of the proxy's.
set_property BOOKING_TRUSTED_PROXIES booking.trusted.proxies
# Payments through Stripe: both or neither (without them the application runs its offline test mode).
set_secret BOOKING_STRIPE_SECRET_KEY booking.stripe.secret.key
set_secret BOOKING_STRIPE_WEBHOOK_SECRET booking.stripe.webhook.secret
# Mail: the application sends through the SMTP server these name (without BOOKING_SMTP_HOST it keeps every message in
# its outbox, /admin/outbox, unless the domain has a mail session mail/booking of its own).
set_property BOOKING_SMTP_HOST booking.smtp.host
set_property BOOKING_SMTP_PORT booking.smtp.port
set_property BOOKING_SMTP_USER booking.smtp.user
set_secret BOOKING_SMTP_PASSWORD booking.smtp.password
set_property BOOKING_SMTP_FROM booking.smtp.from
set_property BOOKING_SMTP_STARTTLS booking.smtp.starttls
set_property BOOKING_MAIL_ATTEMPTS booking.mail.attempts

# A fresh domain listens for administration, IIOP, JMS, JMX and its data grid on every interface; only HTTP is meant
# for clients.
server=configs.config.server-config
asadmin set "$server.network-config.network-listeners.network-listener.admin-listener.address=$ADMIN_ADDRESS" >/dev/null
for listener in orb-listener-1 SSL SSL_MUTUALAUTH; do
    asadmin set "$server.iiop-service.iiop-listener.$listener.address=$ADMIN_ADDRESS" >/dev/null
done
asadmin set "$server.admin-service.jmx-connector.system.address=$ADMIN_ADDRESS" >/dev/null
asadmin set "$server.jms-service.type=DISABLED" >/dev/null
# The domain's embedded H2 pools (the EJB timers' store among them) open a TCP server on a random port on every
# interface (AUTO_SERVER) for other processes to share the file; only this server uses them.
for pool in __TimerPool H2Pool; do
    url=$(asadmin get "resources.jdbc-connection-pool.$pool.property.URL" 2>/dev/null | sed -n 's/^[^=]*URL=//p')
    case "$url" in
        *';AUTO_SERVER=TRUE'*) asadmin set "resources.jdbc-connection-pool.$pool.property.URL=${url//;AUTO_SERVER=TRUE/}" >/dev/null ;;
    esac
done
asadmin set-hazelcast-configuration --dasbindaddress="$ADMIN_ADDRESS" --interfaces="$ADMIN_ADDRESS" >/dev/null
asadmin list-jvm-options | grep -q -- '-Dhazelcast.socket.bind.any=false' \
    || asadmin create-jvm-options '-Dhazelcast.socket.bind.any=false' >/dev/null
echo "bound the admin, IIOP and JMX listeners and the Domain Data Grid to $ADMIN_ADDRESS; JMS and H2's TCP servers off"

# Session cookies: Payara ignores web.xml's SameSite attribute and sets it per listener instead.
for listener in http-listener-1 http-listener-2; do
    asadmin set "$server.network-config.protocols.protocol.$listener.http.cookie-same-site-value=Lax" >/dev/null
    asadmin set "$server.network-config.protocols.protocol.$listener.http.cookie-same-site-enabled=true" >/dev/null
done

# While the database is away, the application answers 503 and says so in a few lines: the first refused request at
# once with the reason, then a line per 10 s counting the requests refused since, and "Database unavailable" with the
# reason whenever it changes (/api/health tells an admin too). The connection pool adds a WARNING of its own (RAR5038,
# with the same reason) for every connection it fails to open; while it has none to hand out (the domain started while
# the database was away, or the pool shrank while idle) that is one per request, some 1,400 lines in a minute's outage
# under light traffic. So the allocator logs only errors from here on; its few other warnings (a connection of any of
# the domain's pools that failed its clean-up or validation) go too. To see them again:
# asadmin set-log-levels javax.enterprise.resource.resourceadapter.com.sun.enterprise.resource.allocator=INFO
asadmin set-log-levels javax.enterprise.resource.resourceadapter.com.sun.enterprise.resource.allocator=SEVERE >/dev/null
echo "the connection pool's warning for each connection it fails to open is off (the application reports those)"

# Settings are read when the application starts, and listeners bind when the server starts, so the domain restarts.
# A deployed application would be reloaded by that restart from its expanded files, which fails with SEVERE errors
# ("Could not find sub module") before the new deployment replaces it: so it goes first.
if asadmin list-applications | grep -q '^booking '; then
    asadmin undeploy booking >/dev/null
    echo "undeployed the previous booking"
fi
asadmin restart-domain >/dev/null
echo "restarted the domain"
asadmin deploy --name booking "$EAR" >/dev/null
echo "deployed $EAR"

port=$(asadmin get "$server.network-config.network-listeners.network-listener.http-listener-1.port" | sed -n 's/.*port=//p')
HEALTH_URL=${BOOKING_HEALTH_URL:-http://localhost:$port/api/health}
status=
deadline=$((SECONDS + START_SECONDS))
while [ "$SECONDS" -lt "$deadline" ]; do
    status=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$HEALTH_URL" || true)
    [ "$status" = 200 ] && { echo "healthy: $HEALTH_URL answers 200"; exit 0; }
    sleep 1
done
echo "configure.sh: $HEALTH_URL answered ${status:-nothing} after $START_SECONDS s, not 200" >&2
instance_root=$(asadmin generate-jvm-report --type=summary 2>/dev/null | sed -n 's/^ *com\.sun\.aas\.instanceRoot *= *//p' | head -n 1)
if [ -n "$instance_root" ] && [ -r "$instance_root/logs/server.log" ]; then
    echo "the last lines of $instance_root/logs/server.log:" >&2
    tail -n 40 "$instance_root/logs/server.log" >&2
fi
curl -s -m 5 "$HEALTH_URL" >&2 || true
exit 1
