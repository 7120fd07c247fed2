# Shared by payara.sh and wildfly.sh: paths, the environment the server inherits, and waiting for readiness.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SERVERS=${BOOKING_SERVERS:-$ROOT/target/servers}
EAR=${BOOKING_EAR:-$ROOT/booking-ear/target/booking.ear}
PORT=${BOOKING_HTTP_PORT:-8080}
URL="http://localhost:$PORT/"
# How long a start may take to deploy and answer; a machine busy with other work may need more.
START_SECONDS=${BOOKING_START_SECONDS:-180}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}

say() { printf '[booking] %s\n' "$*"; }
fail() { printf '[booking] ERROR: %s\n' "$*" >&2; exit 1; }

require_ear() {
    [ -f "$EAR" ] || fail "no EAR at $EAR: build it first (mvn package)"
}

# Waits until /api/health answers 200 (database usable); 503 means deployed but the database is not.
wait_until_ready() {
    local seconds=${1:-180} status
    for _ in $(seq "$seconds"); do
        status=$(curl -s -o /dev/null -w '%{http_code}' "${URL}api/health" || true)
        case "$status" in
            200) return 0 ;;
            503) say "deployed, but the database is not usable; the reason, from $SERVER_LOG:"
                 grep -F "Database unavailable" "$SERVER_LOG" | tail -n 1; return 1 ;;
        esac
        sleep 1
    done
    fail "the application did not answer on ${URL}api/health within $seconds s"
}

# The application sends mail only to an SMTP server it is given; without one (the default here) every message waits in
# its outbox, which the admin console shows.
say_where_mail_goes() {
    if [ -n "${BOOKING_SMTP_HOST:-}" ]; then
        say "Mail is sent through $BOOKING_SMTP_HOST:${BOOKING_SMTP_PORT:-25}."
    else
        say "No SMTP server (BOOKING_SMTP_HOST): mail stays in the outbox. To read it, sign in as"
        say "admin@demo.buildappswith.com (password demo-booking-2026) and open ${URL}admin/outbox.xhtml"
    fi
}

# Keeps the command in the foreground until Ctrl-C, then stops the server. Maven answers the same Ctrl-C by ending
# itself and this script, so the stop runs as its own session (this script with "stop"), which finishes even
# when nothing is left to wait for it.
hold_until_interrupted() {
    trap "trap '' INT TERM PIPE; echo; say 'stopping...'; setsid bash \"\$0\" stop </dev/null >/dev/null 2>&1 & wait \$!; exit 0" INT TERM
    say "Builder Booking is running at $URL"
    say_where_mail_goes
    say "Press Ctrl-C to stop."
    while true; do sleep 1; done
}
