#!/usr/bin/env bash
# A node killed under load (issue 15): clients book free and paid (test-mode) slots and read slots through the
# balancer (bench/NodeKillLoad.java, one thread and one cookie jar per client, so each stays on its node), and
# mid-load one node's JVM gets kill -9. Afterwards it reports, and checks:
#  - no slot holds more active bookings than its capacity (SQL);
#  - every booking answered 201 (before the kill or after) is in the database, and every paid one whose Pay answered
#    with the redirect is CONFIRMED with its payment PAID;
#  - no half-done booking: each has its history, no confirmed paid booking lacks its paid payment, no paid payment
#    belongs to a booking that is not confirmed;
#  - when the balancer marked the node DOWN, the last request it sent there, and the client-side errors (status 0:
#    no answer, 5xx) with their window, all in seconds after the kill;
#  - a client signed in on the killed node had only to sign in again: each such client got 401, signed in once on
#    the other node and went on; clients of the other node never had to sign in again.
#
#   bench/node-kill.sh
#
# Starts the two nodes with config/dev/two-nodes.sh on a database of its own (booking_node_kill, dropped at the end)
# unless NODE_KILL_RUNNING=1 says they run already (then NODE_KILL_DB names their database). Run it alone on the
# machine: Payara's admin port is fixed. Settings: NODE_KILL_CLIENTS (16), NODE_KILL_BUILDERS (10),
# NODE_KILL_BEFORE (20 s of load before the kill), NODE_KILL_AFTER (20 s after it), NODE_KILL_NODE (node1, Payara
# Server; node2 is WildFly), NODE_KILL_WORK (target/node-kill: the requests' CSV, HAProxy's log, the report),
# BENCH_PGUSER (postgres). Figures are reported; only the checks above decide the exit status.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

CLIENTS=${NODE_KILL_CLIENTS:-16}
BUILDERS=${NODE_KILL_BUILDERS:-10}
BEFORE=${NODE_KILL_BEFORE:-20}
AFTER=${NODE_KILL_AFTER:-20}
VICTIM=${NODE_KILL_NODE:-node1}
RUNNING=${NODE_KILL_RUNNING:-0}
DB=${NODE_KILL_DB:-booking_node_kill}
WORK=${NODE_KILL_WORK:-$ROOT/target/node-kill}
PG_USER=${BENCH_PGUSER:-postgres}
LB=http://127.0.0.1:8000
STATS=http://127.0.0.1:8001/\;csv
PASSWORD='killing a node under load'
FIRST_BUILDER=800001
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}

say() { printf '[node-kill] %s\n' "$*"; }
fail() { printf '[node-kill] FAILED: %s\n' "$*" >&2; exit 1; }
sql() { psql -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U "$PG_USER" -d "$DB" -qtA -F ' ' -c "$1"; }
show() { psql -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U "$PG_USER" -d "$DB" -q -P pager=off -c "$1"; }
now_ms() { date +%s%3N; }

SERVERS=${BOOKING_SERVERS:-$ROOT/target/servers}
case $VICTIM in
    node1) PID_FILE=$SERVERS/payara6/glassfish/domains/domain1/config/pid; VICTIM_NAME="Payara Server" ;;
    node2) PID_FILE=$SERVERS/wildfly-39.0.1.Final/standalone/booking-wildfly.pid; VICTIM_NAME=WildFly ;;
    *) fail "NODE_KILL_NODE is node1 (Payara Server) or node2 (WildFly), not $VICTIM" ;;
esac

rm -rf "$WORK"
mkdir -p "$WORK"
LOAD_PID=
cleanup() {
    local status=$?
    set +e
    [ -z "$LOAD_PID" ] || kill "$LOAD_PID" 2>/dev/null
    cp "$ROOT/target/two-nodes/haproxy.log" "$WORK/" 2>/dev/null
    if [ "$RUNNING" != 1 ]; then
        config/dev/two-nodes.sh stop >/dev/null 2>&1
        psql -X -h 127.0.0.1 -U "$PG_USER" -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" 2>/dev/null
    fi
    say "files of this run: $WORK"
    exit "$status"
}
trap cleanup EXIT

if [ "$RUNNING" != 1 ]; then
    psql -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U "$PG_USER" -d postgres -q \
        -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
    BOOKING_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB BOOKING_DB_USER=$PG_USER BOOKING_DEMO_DATA=false \
        config/dev/two-nodes.sh start
fi
[ "$(curl -s "$STATS" | awk -F, '$1 == "booking_nodes" && $2 ~ /^node/ && $18 == "UP"' | wc -l)" = 2 ] \
    || fail "the balancer does not have both nodes UP (config/dev/two-nodes.sh start)"
VICTIM_PID=$(cat "$PID_FILE")

# Builders 800001.. with a free half hour (type = builder id) and a paid one (builder id + 10000, 40 EUR), open
# every day 06:00-22:00 UTC.
psql -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U "$PG_USER" -d "$DB" -q -v builders="$BUILDERS" -v first_id=800000 \
    -v name="Node-kill Builder" -f bench/seed-builders.sql
sql "INSERT INTO session_type (id, builder_id, name, description, duration_minutes, price_minor, price_currency, active,
                               version, buffer_before_minutes, buffer_after_minutes, minimum_notice_minutes,
                               horizon_days, step_minutes, capacity, max_per_day)
     SELECT id + 10000, id, 'Paid call', 'Paid half hour for bench/node-kill.sh.', 30, 4000, 'EUR', TRUE, 0, 0, 0, 0,
            60, 30, 1, NULL
     FROM session_type WHERE id BETWEEN $FIRST_BUILDER AND $((FIRST_BUILDER + BUILDERS - 1))"

say "registering $CLIENTS clients through the balancer"
for c in $(seq 1 "$CLIENTS"); do
    echo "$c"
done | xargs -P 4 -I{} curl -s -o /dev/null -w '%{http_code}\n' -H 'Content-Type: application/json' \
    -H 'X-Forwarded-For: 198.18.3.{}' \
    -d "{\"email\":\"nodekill-{}@bench.invalid\",\"displayName\":\"Node-kill client {}\",\"password\":\"$PASSWORD\",\"timezone\":\"UTC\"}" \
    "$LB/api/accounts" | sort | uniq -c | grep -qx " *$CLIENTS 201" || fail "not every client could register"

# The balancer's view of the victim, polled every 0.2 s: when it went DOWN.
watch_victim() {
    while true; do
        printf '%s %s\n' "$(now_ms)" "$(curl -s "$STATS" | awk -F, -v n="$VICTIM" '$1 == "booking_nodes" && $2 == n {print $18}')"
        sleep 0.2
    done
}

say "load: $CLIENTS clients for $((BEFORE + AFTER)) s; $VICTIM ($VICTIM_NAME, PID $VICTIM_PID) gets kill -9 after $BEFORE s; load $(uptime | sed 's/.*load average: //')"
"$JAVA_HOME/bin/java" bench/NodeKillLoad.java "$LB" "$FIRST_BUILDER" "$BUILDERS" "$CLIENTS" "$PASSWORD" \
    $((BEFORE + AFTER)) "$WORK/requests.csv" > "$WORK/load.log" 2>&1 &
LOAD_PID=$!
sleep "$BEFORE"
watch_victim > "$WORK/victim-state.txt" &
WATCH_PID=$!
KILL_MS=$(now_ms)
kill -9 "$VICTIM_PID"
say "killed $VICTIM_NAME (PID $VICTIM_PID) at $(date -u -d "@$((KILL_MS / 1000))" +%T) UTC"
wait "$LOAD_PID" || { cat "$WORK/load.log"; fail "the load client failed"; }
LOAD_PID=
kill "$WATCH_PID" 2>/dev/null
cp "$ROOT/target/two-nodes/haproxy.log" "$WORK/" 2>/dev/null || true

sql "DROP TABLE IF EXISTS node_kill_request;
     CREATE TABLE node_kill_request (started_ms BIGINT, ended_ms BIGINT, client INT, kind TEXT, status INT, node TEXT,
                                     booking_id BIGINT, detail TEXT)"
psql -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U "$PG_USER" -d "$DB" -q \
    -c "\\copy node_kill_request FROM '$WORK/requests.csv' WITH (FORMAT csv, HEADER true)"
R="node_kill_request"
AFTER_KILL="started_ms >= $KILL_MS"
seconds() { printf "round((%s - $KILL_MS) / 1000.0, 2)" "$1"; }

{
say "requests before and after the kill, by kind, answer and node:"
show "SELECT CASE WHEN $AFTER_KILL THEN 'after' ELSE 'before' END AS kill, kind, status, node, count(*)
      FROM $R GROUP BY 1, 2, 3, 4 ORDER BY 1 DESC, 2, 3, 4"
show "SELECT count(*) AS requests, round(count(*) / (($BEFORE + $AFTER)::numeric), 1) AS per_second,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY ended_ms - started_ms) AS p50_ms,
             percentile_cont(0.95) WITHIN GROUP (ORDER BY ended_ms - started_ms) AS p95_ms
      FROM $R"
down_ms=$(awk '$2 == "DOWN" || $2 ~ /^DOWN/ {print $1; exit}' "$WORK/victim-state.txt")
say "the balancer marked $VICTIM DOWN $( [ -n "$down_ms" ] && echo "$(( (down_ms - KILL_MS) ))" || echo '(never seen)') ms after the kill"
show "SELECT count(*) FILTER (WHERE status = 0 OR status >= 500) AS client_errors_after_kill,
             $(seconds "min(ended_ms) FILTER (WHERE status = 0 OR status >= 500)") AS first_error_s,
             $(seconds "max(ended_ms) FILTER (WHERE status = 0 OR status >= 500)") AS last_error_s,
             $(seconds "max(ended_ms) FILTER (WHERE node = '$VICTIM')") AS last_answer_from_victim_s
      FROM $R WHERE $AFTER_KILL OR ended_ms >= $KILL_MS"
} | tee "$WORK/report.txt"

# Which node each client was on at the kill: the node of its last answer before it.
ON_VICTIM="SELECT DISTINCT ON (client) client, node FROM $R WHERE ended_ms < $KILL_MS AND node <> ''
           ORDER BY client, ended_ms DESC"
{
say "clients by their node at the kill, and how they went on:"
show "SELECT n.node AS node_at_kill, count(*) AS clients,
             count(*) FILTER (WHERE s.sign_ins > 0) AS signed_in_again,
             sum(s.sign_ins) AS sign_ins_after_kill,
             count(*) FILTER (WHERE s.ok_after > 0) AS went_on
      FROM ($ON_VICTIM) n
      JOIN (SELECT client, count(*) FILTER (WHERE kind = 'sign-in' AND status = 200) AS sign_ins,
                   count(*) FILTER (WHERE kind <> 'sign-in' AND status BETWEEN 200 AND 499 AND status NOT IN (401, 403)) AS ok_after
            FROM $R WHERE $AFTER_KILL GROUP BY client) s ON s.client = n.client
      GROUP BY 1 ORDER BY 1"
show "SELECT b.status, b.price_minor IS NOT NULL AS paid, p.status AS payment, count(*)
      FROM booking b LEFT JOIN payment p ON p.booking_id = b.id
      WHERE b.builder_id BETWEEN $FIRST_BUILDER AND $((FIRST_BUILDER + BUILDERS - 1)) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
} | tee -a "$WORK/report.txt"

# ---- checks ---------------------------------------------------------------------------------------------------
problems=0
check_none() {
    local what=$1 query=$2 rows
    rows=$(sql "$query")
    if [ -n "$rows" ]; then
        say "FAIL: $what:"
        printf '%s\n' "$rows" | head -n 10
        problems=$((problems + 1))
    else
        say "ok: $what: none"
    fi
}
{
check_none "slots sold beyond their capacity (session type, start, active bookings)" \
    "SELECT b.session_type_id, b.starts_at, count(*) FROM booking b JOIN session_type t ON t.id = b.session_type_id
     WHERE b.status IN ('HELD', 'CONFIRMED') GROUP BY b.session_type_id, b.starts_at, t.capacity
     HAVING count(*) > t.capacity"
check_none "a builder's active bookings overlapping in time (booking, booking)" \
    "SELECT a.id, b.id FROM booking a JOIN booking b ON a.builder_id = b.builder_id AND a.id < b.id
     WHERE a.status IN ('HELD', 'CONFIRMED') AND b.status IN ('HELD', 'CONFIRMED')
       AND (a.session_type_id, a.starts_at) <> (b.session_type_id, b.starts_at)
       AND a.occupied_from < b.occupied_until AND b.occupied_from < a.occupied_until"
check_none "bookings answered 201 before the kill that are not in the database (booking id)" \
    "SELECT r.booking_id FROM $R r WHERE r.status = 201 AND r.ended_ms < $KILL_MS
     AND NOT EXISTS (SELECT 1 FROM booking b WHERE b.id = r.booking_id)"
check_none "bookings answered 201 after the kill that are not in the database (booking id)" \
    "SELECT r.booking_id FROM $R r WHERE r.status = 201 AND r.ended_ms >= $KILL_MS
     AND NOT EXISTS (SELECT 1 FROM booking b WHERE b.id = r.booking_id)"
check_none "payments answered with the redirect whose booking is not CONFIRMED and PAID (booking, status, payment)" \
    "SELECT b.id, b.status, p.status FROM $R r JOIN booking b ON b.id = r.booking_id
     LEFT JOIN payment p ON p.booking_id = b.id
     WHERE r.kind = 'pay' AND r.status IN (302, 303) AND (b.status <> 'CONFIRMED' OR p.status IS DISTINCT FROM 'PAID')"
check_none "bookings without their history (booking)" \
    "SELECT b.id FROM booking b WHERE NOT EXISTS (SELECT 1 FROM booking_event e WHERE e.booking_id = b.id)"
check_none "confirmed paid bookings without a paid payment (booking, payment)" \
    "SELECT b.id, p.status FROM booking b LEFT JOIN payment p ON p.booking_id = b.id
     WHERE b.status = 'CONFIRMED' AND b.price_minor IS NOT NULL AND p.status IS DISTINCT FROM 'PAID'"
check_none "paid payments of bookings that are not confirmed and not refunded (booking, status)" \
    "SELECT b.id, b.status FROM payment p JOIN booking b ON b.id = p.booking_id
     WHERE p.status = 'PAID' AND b.status <> 'CONFIRMED' AND p.refunded_minor < p.amount_minor"
if [ "$(sql "SELECT count(*) FROM ($ON_VICTIM) n WHERE n.node = '$VICTIM'")" = 0 ]; then
    say "FAIL: no client was on $VICTIM at the kill (no X-Booking-Node answers from it): the checks of sessions say nothing"
    problems=$((problems + 1))
fi
check_none "clients of the killed node that did not sign in again and go on (client)" \
    "SELECT n.client FROM ($ON_VICTIM) n WHERE n.node = '$VICTIM' AND NOT EXISTS (
        SELECT 1 FROM $R s WHERE s.client = n.client AND s.$AFTER_KILL AND s.kind = 'sign-in' AND s.status = 200
          AND s.node <> '$VICTIM' AND EXISTS (SELECT 1 FROM $R o WHERE o.client = n.client AND o.started_ms > s.ended_ms
                                            AND o.kind <> 'sign-in' AND o.status BETWEEN 200 AND 499 AND o.status NOT IN (401, 403)))"
check_none "clients of the surviving node that had to sign in again (client, sign-ins)" \
    "SELECT n.client, count(*) FROM ($ON_VICTIM) n JOIN $R s ON s.client = n.client
     WHERE n.node <> '$VICTIM' AND s.$AFTER_KILL AND s.kind = 'sign-in' GROUP BY n.client"
held_without=$(sql "SELECT count(*) FROM booking b WHERE b.status = 'HELD' AND b.price_minor IS NOT NULL
                    AND NOT EXISTS (SELECT 1 FROM payment p WHERE p.booking_id = b.id)")
say "paid holds whose checkout never started (the node died between the two; the hold lapses at its time): $held_without"
[ "$(awk -F, 'NR > 1 && $4 == "pay"' "$WORK/requests.csv" | wc -l)" -gt 0 ] \
    || { say "FAIL: no payment was made: the load did not exercise the paid path"; problems=$((problems + 1)); }
} | tee -a "$WORK/report.txt"
grep -q '^\[node-kill\] FAIL' "$WORK/report.txt" && fail "see above ($WORK/report.txt)"
say "all checks passed"
