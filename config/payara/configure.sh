#!/usr/bin/env bash
# Configures an existing Payara Server 6 domain for Builder Booking, then deploys the EAR.
#
#   BOOKING_DB_URL=jdbc:postgresql://db.example.com:5432/booking BOOKING_DB_USER=booking \
#   BOOKING_DB_PASSWORD=... ASADMIN=/opt/payara6/bin/asadmin config/payara/configure.sh booking.ear
#
# The application defines its own datasource and reads its settings at start-up, from the server process's
# environment or, as written here, from the domain's system properties. Only settings that are set in the
# environment of this script are written; run it again to change them. Extra asadmin options (--host, --port,
# --user, --passwordfile) can be given in ASADMIN_OPTS.
set -euo pipefail

ASADMIN=${ASADMIN:-asadmin}
EAR=${1:?usage: configure.sh path/to/booking.ear}
read -r -a OPTS <<< "${ASADMIN_OPTS:-}"
[ -f "$EAR" ] || { echo "no EAR at $EAR" >&2; exit 1; }

asadmin() { "$ASADMIN" "${OPTS[@]}" "$@"; }

# asadmin separates properties with ':' and treats '=' specially, so both are escaped in values.
escape() { printf '%s' "$1" | sed -e 's/[\\:=]/\\&/g'; }

set_property() {
    local variable=$1 property=$2
    if [ -n "${!variable:-}" ]; then
        asadmin delete-system-property "$property" >/dev/null 2>&1 || true
        asadmin create-system-properties "$property=$(escape "${!variable}")"
        echo "set $property from $variable"
    fi
}

set_property BOOKING_DB_URL booking.db.url
set_property BOOKING_DB_USER booking.db.user
set_property BOOKING_DB_PASSWORD booking.db.password
set_property BOOKING_DATA_DIR booking.data.dir
set_property BOOKING_DEMO_DATA booking.demo.data
set_property BOOKING_ADMIN_EMAIL booking.admin.email
set_property BOOKING_ADMIN_PASSWORD booking.admin.password
set_property BOOKING_ADMIN_PROMOTE_EXISTING booking.admin.promote.existing
set_property BOOKING_HOLD_MINUTES booking.hold.minutes
set_property BOOKING_PUBLIC_URL booking.public.url
# Behind a reverse proxy or load balancer: its addresses (comma-separated), so that sign-ins and registrations are
# throttled by the client's own address from X-Forwarded-For instead of the proxy's.
set_property BOOKING_TRUSTED_PROXIES booking.trusted.proxies
# Payments through Stripe: both or neither (without them the application runs its offline test mode). The values are
# kept in domain.xml in plain text; where that is not acceptable, give them in the domain's environment instead.
set_property BOOKING_STRIPE_SECRET_KEY booking.stripe.secret.key
set_property BOOKING_STRIPE_WEBHOOK_SECRET booking.stripe.webhook.secret

# Mail. The application sends through BOOKING_SMTP_* when the server process has them (in its environment, or as
# booking.smtp.* system properties); else through this server mail session, mail/booking; else it sends nothing and keeps every
# message in its outbox (/admin/outbox). The session is created when BOOKING_SMTP_HOST is set here (optional:
# BOOKING_SMTP_PORT, default 25; BOOKING_SMTP_USER with BOOKING_SMTP_PASSWORD; BOOKING_SMTP_FROM, default bookings@ the
# host of BOOKING_PUBLIC_URL; BOOKING_SMTP_STARTTLS=true). Connect, read and write timeouts the session lacks are added
# by the application. The password is kept in domain.xml in plain text, like the Stripe keys.
set_property BOOKING_MAIL_ATTEMPTS booking.mail.attempts
public_host() { local url=${BOOKING_PUBLIC_URL:-http://localhost}; url=${url#*://}; url=${url%%/*}; echo "${url%%:*}"; }
if [ -n "${BOOKING_SMTP_HOST:-}" ]; then
    mail_properties="mail.smtp.port=${BOOKING_SMTP_PORT:-25}"
    if [ -n "${BOOKING_SMTP_PASSWORD:-}" ]; then
        [ -n "${BOOKING_SMTP_USER:-}" ] || { echo "BOOKING_SMTP_PASSWORD needs BOOKING_SMTP_USER" >&2; exit 1; }
        mail_properties+=":mail.smtp.auth=true:mail.smtp.password=$(escape "$BOOKING_SMTP_PASSWORD")"
    fi
    if [ "${BOOKING_SMTP_STARTTLS:-false}" = true ]; then
        mail_properties+=":mail.smtp.starttls.enable=true:mail.smtp.starttls.required=true"
    fi
    asadmin delete-javamail-resource mail/booking >/dev/null 2>&1 || true
    asadmin create-javamail-resource --mailhost "$BOOKING_SMTP_HOST" --mailuser "${BOOKING_SMTP_USER:-booking}" \
        --fromaddress "${BOOKING_SMTP_FROM:-bookings@$(public_host)}" --property "$mail_properties" mail/booking
    echo "created the mail session mail/booking for $BOOKING_SMTP_HOST"
fi

# Session cookies: Payara ignores web.xml's SameSite attribute and sets it per listener instead.
for listener in http-listener-1 http-listener-2; do
    asadmin set "configs.config.server-config.network-config.protocols.protocol.$listener.http.cookie-same-site-value=Lax"
    asadmin set "configs.config.server-config.network-config.protocols.protocol.$listener.http.cookie-same-site-enabled=true"
done

# Settings are read when the application starts, so a restart applies the new ones to a running domain.
asadmin restart-domain
asadmin deploy --force=true --name booking "$EAR"
echo "deployed; check http://<host>:8080/api/health"
