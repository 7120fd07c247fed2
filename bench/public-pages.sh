#!/usr/bin/env bash
# Public pages under load (issue 15, point 7): what an anonymous visitor or a crawler costs. Seeds a PostgreSQL
# database with the load fixture (bench/seed-load.sql: 500 builders, 5,000 clients, 50,000 bookings), starts WildFly
# on it (or targets BENCH_BASE_URL), then, under flock /tmp/booking-bench.lock:
#   1. 100,000 anonymous page views (directory pages and builders' pages in turn, wrk with a Lua script that stops at
#      the count), then a full GC of the server (jcmd GC.run) and the heap used after it (GC.heap_info), beside the
#      same figure taken before the views, and the HTTP sessions the application holds (WildFly's management API);
#   2. wrk with 50 connections on each of: /api/health (the trivial endpoint, the ratios' reference), the directory
#      (/), a builder's page (/builders/{id}) and a month of one builder's slots (/api/builders/{id}/slots), after a
#      warm-up of each; prints requests/s and the ratio to /api/health, with `uptime` before and after.
# The views come first, on a server that has served nothing but the checks, so the heap before them is a clean start.
# It also says whether each page answered an anonymous GET with a Set-Cookie. Figures are reported, never asserted.
#
#   bench/public-pages.sh
#   BENCH_BASE_URL=http://127.0.0.1:8080 BENCH_SEED=0 bench/public-pages.sh   a server already running on BENCH_DB
#
# Needs psql, curl, jcmd (the JDK's), and wrk (Debian's: installed with apt-get when missing and allowed).
# Settings (environment): BENCH_PORT (8580; WildFly moves all its ports by BENCH_PORT-8080), BENCH_DB
# (public_pages; dropped and created anew unless BENCH_SEED=0), BENCH_PGHOST (127.0.0.1), BENCH_PGPORT (5432),
# BENCH_PGUSER (postgres), BENCH_CONNECTIONS (50), BENCH_THREADS (2), BENCH_SECONDS (20 per measured run),
# BENCH_WARM_UP_SECONDS (10 per URL), BENCH_VIEWS (100000), BENCH_VIEWS_MAX_SECONDS (1200: the views stop there
# even if fewer were served, and the summary says how many), BENCH_KEEP (0; 1 keeps the server and the database).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

PORT=${BENCH_PORT:-8580}
PGHOST_=${BENCH_PGHOST:-127.0.0.1}
PGPORT_=${BENCH_PGPORT:-5432}
PGUSER_=${BENCH_PGUSER:-postgres}
DB=${BENCH_DB:-public_pages}
CONNECTIONS=${BENCH_CONNECTIONS:-50}
THREADS=${BENCH_THREADS:-2}
SECONDS_=${BENCH_SECONDS:-20}
WARM_UP_SECONDS=${BENCH_WARM_UP_SECONDS:-10}
VIEWS=${BENCH_VIEWS:-100000}
VIEWS_MAX_SECONDS=${BENCH_VIEWS_MAX_SECONDS:-1200}
KEEP=${BENCH_KEEP:-0}
BUILDERS=500
FIRST_BUILDER=600000
SERVERS=${BOOKING_SERVERS:-$ROOT/target/servers}
WILDFLY=$SERVERS/wildfly-39.0.1.Final
EAR=${BOOKING_EAR:-$ROOT/booking-ear/target/booking.ear}
WORK=$ROOT/target/public-pages/run-$(date +%Y%m%d-%H%M%S)
mkdir -p "$WORK"

say() { printf '[public-pages] %s\n' "$*"; }
fail() { printf '[public-pages] ERROR: %s\n' "$*" >&2; exit 1; }
psql_() { psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST_" -p "$PGPORT_" -U "$PGUSER_" "$@"; }

if ! command -v wrk >/dev/null; then
    say "wrk is missing: apt-get install -y wrk"
    if [ "$(id -u)" = 0 ]; then apt-get install -y wrk >/dev/null; else sudo -n apt-get install -y wrk >/dev/null; fi \
        || fail "could not install wrk: run 'sudo apt-get install -y wrk'"
fi
for tool in psql curl jcmd flock wrk; do
    command -v "$tool" >/dev/null || fail "$tool is not installed"
done

# ---- server ---------------------------------------------------------------------------------------------------------
STARTED=0
cleanup() {
    local status=$?
    set +e
    if [ "$STARTED" = 1 ] && [ "$KEEP" != 1 ]; then
        cp "$WILDFLY/standalone/log/server.log" "$WORK/server.log" 2>/dev/null
        WILDFLY_HOME=$WILDFLY BOOKING_SERVERS=$SERVERS BOOKING_HTTP_PORT=$PORT config/dev/wildfly.sh stop >/dev/null 2>&1
        say "WildFly stopped"
    fi
    if [ "${BENCH_SEED:-1}" = 1 ] && [ "$KEEP" != 1 ]; then
        psql_ -d postgres -c "DROP DATABASE IF EXISTS $DB" 2>/dev/null && say "dropped database $DB"
    fi
    say "files of this run: $WORK"
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -z "${BENCH_BASE_URL:-}" ]; then
    [ -x "$WILDFLY/bin/standalone.sh" ] || { say "unpacking WildFly"; mvn -q -Pwildfly -pl booking-ear dependency:unpack@unpack-server; }
    [ -f "$EAR" ] || fail "no EAR at $EAR: build it first (mvn -DskipTests package)"
    [ "${BENCH_SEED:-1}" = 1 ] && psql_ -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
    say "starting WildFly on port $PORT against $DB"
    # The heap an operator would give a loaded node, as bench/load-test.sh does.
    STARTED=1
    BOOKING_DB_URL="jdbc:postgresql://$PGHOST_:$PGPORT_/$DB" BOOKING_DB_USER="$PGUSER_" \
        BOOKING_DB_PASSWORD="${BENCH_PGPASSWORD:-}" BOOKING_DEMO_DATA=false BOOKING_SERVERS="$SERVERS" \
        BOOKING_EAR="$EAR" BOOKING_DATA_DIR="$WORK/data" JBOSS_JAVA_SIZING="-Xms512m -Xmx1g" \
        BOOKING_START_SECONDS=${BOOKING_START_SECONDS:-600} \
        WILDFLY_HOME=$WILDFLY BOOKING_HTTP_PORT=$PORT config/dev/wildfly.sh start > "$WORK/wildfly.log" 2>&1 \
        || { tail -20 "$WORK/wildfly.log"; fail "WildFly did not start"; }
    BASE_URL=http://127.0.0.1:$PORT
else
    BASE_URL=${BENCH_BASE_URL%/}
fi
SERVER_PORT=$(echo "${BASE_URL##*:}" | grep -o '^[0-9]*')
SERVER_PID=$(ss -ltnpH "sport = :$SERVER_PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
[ -n "$SERVER_PID" ] || fail "no process listens on port $SERVER_PORT"
say "target: $BASE_URL (server PID $SERVER_PID)"

# ---- seed -----------------------------------------------------------------------------------------------------------
if [ "${BENCH_SEED:-1}" = 1 ]; then
    # The seeded clients need a password hash made by the server; one account registered through the API lends its.
    code=$(curl -s -o "$WORK/template.json" -w '%{http_code}' -H 'Content-Type: application/json' \
        -d '{"email":"load-template@bench.invalid","displayName":"Load template","password":"load-test-pass-2026","timezone":"UTC"}' \
        "$BASE_URL/api/accounts")
    [ "$code" = 201 ] || fail "registering the template account answered $code: $(cat "$WORK/template.json")"
    hash=$(psql_ -d "$DB" -At -c "SELECT password_hash FROM account WHERE email = 'load-template@bench.invalid'")
    say "seeding $BUILDERS builders, 5,000 clients and 50,000 bookings (bench/seed-load.sql)"
    psql_ -d "$DB" -v builders="$BUILDERS" -v clients=5000 -v bookings=50000 -v past_days=40 \
        -v first_id=$FIRST_BUILDER -v client_first_id=700000 -v booking_first_id=10000000 -v password_hash="$hash" \
        -f bench/seed-load.sql
fi

# ---- the URLs -------------------------------------------------------------------------------------------------------
BUILDER=$((FIRST_BUILDER + 7))
FROM=$(date -u -d tomorrow +%F)
TO=$(date -u -d '+30 days' +%F)
declare -A URLS=(
    [health]="/api/health"
    [directory]="/"
    [builder]="/builders/$BUILDER"
    [slots-month]="/api/builders/$BUILDER/slots?sessionType=$BUILDER&from=$FROM&to=$TO&tz=Europe/Berlin"
)
ORDER=(health directory builder slots-month)

for name in "${ORDER[@]}"; do
    headers=$(curl -s -o /dev/null -D - "$BASE_URL${URLS[$name]}")
    status=$(echo "$headers" | head -1 | awk '{print $2}')
    [ "$status" = 200 ] || fail "GET ${URLS[$name]} answered $status"
    cookie=$(echo "$headers" | grep -i '^set-cookie:' | cut -d: -f2- | cut -d';' -f1 | tr -d '\r ' | paste -sd, || true)
    say "GET ${URLS[$name]}: 200, Set-Cookie: ${cookie:-none}"
done

# The anonymous views: directory pages 1..n and builders' pages in turn, each wrk thread stopping at its share.
cat > "$WORK/views.lua" <<LUA
local views_per_thread = math.ceil($VIEWS / $THREADS)
local counter = 0
local done = 0
function request()
    counter = counter + 1
    if counter % 2 == 0 then
        return wrk.format("GET", "/builders/" .. ($FIRST_BUILDER + 1 + counter % $BUILDERS))
    end
    return wrk.format("GET", "/?page=" .. (1 + counter % 40))
end
function response(status, headers, body)
    done = done + 1
    if done >= views_per_thread then
        wrk.thread:stop()
    end
end
LUA

wrk_rate() { # URL SECONDS LOG
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2"s --timeout 10s --latency "$BASE_URL$1" > "$3" 2>&1 || { cat "$3"; fail "wrk failed on $1"; }
    grep -q 'Non-2xx' "$3" && say "WARNING: $1 had non-2xx answers: $(grep 'Non-2xx' "$3")"
    awk '/^Requests\/sec/ { print $2 }' "$3"
}
heap_used() { # the used part of the heap after a full GC, in MB
    jcmd "$SERVER_PID" GC.run >/dev/null
    jcmd "$SERVER_PID" GC.heap_info > "$WORK/heap-$1.txt"
    sed -n 's/.*total \([0-9]*\)K, used \([0-9]*\)K.*/\2/p' "$WORK/heap-$1.txt" | head -1 | awk '{ printf "%.0f", $1 / 1024 }'
}
sessions() { # active HTTP sessions of the web module, on WildFly (its management port moves with the HTTP port)
    local cli=$WILDFLY/bin/jboss-cli.sh
    [ -x "$cli" ] || { echo "?"; return; }
    "$cli" --connect --controller="127.0.0.1:$((9990 + SERVER_PORT - 8080))" \
        --command='/deployment=booking.ear/subdeployment=booking-web.war/subsystem=undertow:read-attribute(name=active-sessions)' \
        2>/dev/null | sed -n 's/.*"result" => \([0-9]*\).*/\1/p' | head -1 | grep . || echo "?"
}

exec {LOCK_FD}> /tmp/booking-bench.lock
say "waiting for /tmp/booking-bench.lock"
flock "$LOCK_FD"
HEAP_BEFORE=$(heap_used before)
SESSIONS_BEFORE=$(sessions)
say "$VIEWS anonymous page views (directory pages and builders' pages in turn)"
VIEWS_LOAD_BEFORE=$(uptime)
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$VIEWS_MAX_SECONDS"s --timeout 10s -s "$WORK/views.lua" "$BASE_URL/" > "$WORK/wrk-views.txt" 2>&1 \
    || { cat "$WORK/wrk-views.txt"; fail "wrk failed on the page views"; }
VIEWS_LOAD_AFTER=$(uptime)
HEAP_AFTER=$(heap_used after)
SESSIONS_AFTER=$(sessions)

declare -A RATE
for name in "${ORDER[@]}"; do
    say "warm-up: ${URLS[$name]} for $WARM_UP_SECONDS s"
    wrk_rate "${URLS[$name]}" "$WARM_UP_SECONDS" "$WORK/warm-up-$name.txt" >/dev/null
done
LOAD_BEFORE=$(uptime)
for name in "${ORDER[@]}"; do
    say "measuring ${URLS[$name]}: wrk -t$THREADS -c$CONNECTIONS -d${SECONDS_}s"
    RATE[$name]=$(wrk_rate "${URLS[$name]}" "$SECONDS_" "$WORK/wrk-$name.txt")
done
LOAD_AFTER=$(uptime)
flock -u "$LOCK_FD"

{
    echo "==== public pages, $BASE_URL, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) CPUs, wrk -t$THREADS -c$CONNECTIONS -d${SECONDS_}s ===="
    echo "load before: $LOAD_BEFORE"
    echo "load after:  $LOAD_AFTER"
    printf '%-12s %10s %8s  %s\n' page "req/s" ratio url
    for name in "${ORDER[@]}"; do
        printf '%-12s %10s %8s  %s\n' "$name" "${RATE[$name]}" \
            "$(awk -v r="${RATE[$name]}" -v h="${RATE[health]}" 'BEGIN { printf "%.2f", r / h }')" "${URLS[$name]}"
    done
    echo "page views: $(awk '/requests in/ { print $1 }' "$WORK/wrk-views.txt") in $(awk '/requests in/ { print $4 }' "$WORK/wrk-views.txt" | tr -d ,)" \
        "($(awk '/^Requests\/sec/ { print $2 }' "$WORK/wrk-views.txt") req/s), $(grep -o 'Non-2xx.*' "$WORK/wrk-views.txt" || echo 'all 2xx')"
    echo "  load before: $VIEWS_LOAD_BEFORE"
    echo "  load after:  $VIEWS_LOAD_AFTER"
    echo "heap used after a full GC: ${HEAP_BEFORE} MB before the views, ${HEAP_AFTER} MB after"
    echo "HTTP sessions held: $SESSIONS_BEFORE before the views, $SESSIONS_AFTER after"
} | tee "$WORK/summary.txt"
