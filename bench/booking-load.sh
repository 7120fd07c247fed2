#!/usr/bin/env bash
# Booking writes on PostgreSQL (issue 4, benchmark 2): the real EAR on WildFly against a fresh PostgreSQL database,
# 8 load clients making 2,000 bookings over 50 builders through POST /api/bookings with deliberate contention, and
# beside it, on the same machine and at the same time, pgbench's built-in tpcb-like run (-c 8 -T 30). Before the
# measured run, other clients make warm-up bookings with 10 other builders, so the JIT compiler of the freshly
# started server has done its work (pgbench, in C, needs no warm-up). Prints
# bookings per second, the outcomes, pgbench's TPS and their ratio, then counts oversold slots with SQL.
# Figures are reported, never asserted (the exit status says only whether the run itself worked).
#
#   bench/booking-load.sh
#
# Needs JDK 17, Maven (offline is fine once ~/.m2 is filled), psql and pgbench, and a PostgreSQL server that lets
# BENCH_PGUSER create databases. Settings (environment): BOOKING_HTTP_PORT (8480; WildFly moves all its ports by
# BOOKING_HTTP_PORT-8080), BENCH_PGHOST (127.0.0.1), BENCH_PGPORT (5432), BENCH_PGUSER (postgres),
# BENCH_PGPASSWORD (none), BENCH_DB (booking_load), BENCH_PGBENCH_DB (pgbench_load), BENCH_BUILDERS (50),
# BENCH_CLIENTS (280 accounts), BENCH_WORKERS (8), BENCH_TARGET (2000), BENCH_ZIPF (1.0), BENCH_WARM_UP (600
# bookings; 0 skips the warm-up), BENCH_WARM_UP_BUILDERS (10), BENCH_WARM_UP_CLIENTS (80), BENCH_PGBENCH_CLIENTS (8),
# BENCH_PGBENCH_SECONDS (30), BENCH_PGBENCH_SCALE (8), BENCH_THREAD_DUMPS (0: that many jcmd Thread.print samples
# of the server, one a second, during the load), BENCH_KEEP (0; 1 keeps the databases and the server log).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

export BOOKING_HTTP_PORT=${BOOKING_HTTP_PORT:-8480}
PGHOST_=${BENCH_PGHOST:-127.0.0.1}
PGPORT_=${BENCH_PGPORT:-5432}
PGUSER_=${BENCH_PGUSER:-postgres}
DB=${BENCH_DB:-booking_load}
PGBENCH_DB=${BENCH_PGBENCH_DB:-pgbench_load}
BUILDERS=${BENCH_BUILDERS:-50}
CLIENTS=${BENCH_CLIENTS:-280}
WORKERS=${BENCH_WORKERS:-8}
TARGET=${BENCH_TARGET:-2000}
ZIPF=${BENCH_ZIPF:-1.0}
WARM_UP=${BENCH_WARM_UP:-600}
WARM_UP_BUILDERS=${BENCH_WARM_UP_BUILDERS:-10}
WARM_UP_CLIENTS=${BENCH_WARM_UP_CLIENTS:-80}
PGBENCH_CLIENTS=${BENCH_PGBENCH_CLIENTS:-8}
PGBENCH_SECONDS=${BENCH_PGBENCH_SECONDS:-30}
PGBENCH_SCALE=${BENCH_PGBENCH_SCALE:-8}
THREAD_DUMPS=${BENCH_THREAD_DUMPS:-0}
KEEP=${BENCH_KEEP:-0}
[ -n "${BENCH_PGPASSWORD:-}" ] && export PGPASSWORD=$BENCH_PGPASSWORD

WILDFLY_HOME=$ROOT/target/servers/wildfly-39.0.1.Final
EAR=$ROOT/booking-ear/target/booking.ear
WORK=$ROOT/target/bench/run-$(date +%Y%m%d-%H%M%S)
mkdir -p "$WORK"

say() { printf '[bench] %s\n' "$*"; }
fail() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }
psql_() { psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST_" -p "$PGPORT_" -U "$PGUSER_" "$@"; }

for tool in psql pgbench mvn curl; do
    command -v "$tool" >/dev/null || fail "$tool is not installed"
done

# ---- build: the EAR, the load client, and WildFly unpacked next to the project (as the wildfly profile does) ----
if [ ! -f "$EAR" ] || [ ! -f "$ROOT/booking-ear/target/test-classes/com/buildappswith/booking/bench/BookingLoadRun.class" ]; then
    say "building the EAR and the load client (mvn -DskipTests install)"
    mvn -o -q -DskipTests install
fi
if [ ! -x "$WILDFLY_HOME/bin/standalone.sh" ]; then
    say "unpacking WildFly into target/servers"
    mvn -o -q -Pwildfly -pl booking-ear dependency:unpack@unpack-server
fi

# ---- clean-up on every exit ---------------------------------------------------------------------------------------
PGBENCH_PID=
LOAD_PID=
SERVER_STARTED=0
cleanup() {
    local status=$?
    set +e
    [ -n "$LOAD_PID" ] && kill "$LOAD_PID" 2>/dev/null
    [ -n "$PGBENCH_PID" ] && kill "$PGBENCH_PID" 2>/dev/null
    if [ "$SERVER_STARTED" = 1 ]; then
        cp "$WILDFLY_HOME/standalone/log/server.log" "$WORK/server.log" 2>/dev/null
        BOOKING_SERVERS=$ROOT/target/servers config/dev/wildfly.sh stop >/dev/null 2>&1
        say "WildFly stopped"
    fi
    if [ "$KEEP" != 1 ]; then
        psql_ -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "DROP DATABASE IF EXISTS $PGBENCH_DB" 2>/dev/null \
            && say "dropped databases $DB and $PGBENCH_DB"
    else
        say "kept databases $DB and $PGBENCH_DB (BENCH_KEEP=1)"
    fi
    say "files of this run: $WORK"
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- fresh databases ----------------------------------------------------------------------------------------------
say "creating databases $DB and $PGBENCH_DB on $PGHOST_:$PGPORT_"
psql_ -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" \
    -c "DROP DATABASE IF EXISTS $PGBENCH_DB" -c "CREATE DATABASE $PGBENCH_DB"
say "pgbench -i -s $PGBENCH_SCALE $PGBENCH_DB"
pgbench -i -q -s "$PGBENCH_SCALE" -h "$PGHOST_" -p "$PGPORT_" -U "$PGUSER_" "$PGBENCH_DB" > "$WORK/pgbench-init.log" 2>&1 \
    || { cat "$WORK/pgbench-init.log"; fail "pgbench -i failed"; }

# ---- the server: the real EAR on WildFly, its schema created by its own Flyway migrations --------------------------
say "starting WildFly on port $BOOKING_HTTP_PORT against jdbc:postgresql://$PGHOST_:$PGPORT_/$DB"
SERVER_STARTED=1
BOOKING_SERVERS=$ROOT/target/servers BOOKING_EAR=$EAR BOOKING_DEMO_DATA=false \
    BOOKING_DB_URL="jdbc:postgresql://$PGHOST_:$PGPORT_/$DB" BOOKING_DB_USER="$PGUSER_" \
    BOOKING_DB_PASSWORD="${BENCH_PGPASSWORD:-}" BOOKING_DATA_DIR="$WORK/data" \
    config/dev/wildfly.sh start
SERVER_PID=$(cat "$WILDFLY_HOME/standalone/booking-wildfly.pid")
BASE_URL="http://localhost:$BOOKING_HTTP_PORT/"

# ---- the fixture: builders by SQL (clearly a benchmark fixture), clients through the API (in the load client) -----
say "seeding $BUILDERS builders and $WARM_UP_BUILDERS warm-up builders with bench/seed-builders.sql (benchmark fixture, straight into the schema)"
psql_ -d "$DB" -v builders="$BUILDERS" -v first_id=900000 -v name="Bench Builder" -f bench/seed-builders.sql
psql_ -d "$DB" -v builders="$WARM_UP_BUILDERS" -v first_id=990000 -v name="Warm-up Builder" -f bench/seed-builders.sql

# ---- the run: load client and pgbench started at the same moment ---------------------------------------------------
READY=$WORK/ready
GO=$WORK/go
say "load client: $CLIENTS clients registered and signed in through the API, then $WORKERS workers, target $TARGET"
LOAD_ARGS="--base-url $BASE_URL --builders $BUILDERS --clients $CLIENTS --workers $WORKERS --target $TARGET"
LOAD_ARGS+=" --zipf $ZIPF --ready-file $READY --go-file $GO --result-file $WORK/load.properties"
LOAD_ARGS+=" --warm-up $WARM_UP --warm-up-builders $WARM_UP_BUILDERS --warm-up-clients $WARM_UP_CLIENTS"
mvn -o -q -pl booking-ear exec:java -Dexec.mainClass=com.buildappswith.booking.bench.BookingLoadRun \
    -Dexec.classpathScope=test -Dexec.cleanupDaemonThreads=false -Dexec.args="$LOAD_ARGS" \
    > "$WORK/load.log" 2>&1 &
LOAD_PID=$!
tail -n +1 -f "$WORK/load.log" --pid=$LOAD_PID &
for _ in $(seq 600); do
    [ -f "$READY" ] && break
    kill -0 "$LOAD_PID" 2>/dev/null || { wait "$LOAD_PID" || true; LOAD_PID=; fail "the load client ended during set-up"; }
    sleep 0.5
done
[ -f "$READY" ] || fail "the load client was not ready within 300 s"

# CPU seconds (user + system, from /proc) of the server JVM, of all PostgreSQL processes and of the whole machine,
# so the summary can say where the two CPUs went during the run.
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
postgres_ticks() {
    local total=0 pid
    # Own time of every live PostgreSQL process, plus the postmaster's children that have ended (pgbench's backends).
    for pid in $(pgrep -x postgres || true); do
        total=$((total + $(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
    done
    echo "$total"
}
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }
CPU_BEFORE="$(ticks "$SERVER_PID") $(postgres_ticks) $(machine_ticks)"

if [ "${BENCH_PGBENCH:-1}" = 1 ]; then
    say "go: pgbench -c $PGBENCH_CLIENTS -j 2 -T $PGBENCH_SECONDS $PGBENCH_DB, and the booking load, together"
    pgbench -c "$PGBENCH_CLIENTS" -j 2 -T "$PGBENCH_SECONDS" -h "$PGHOST_" -p "$PGPORT_" -U "$PGUSER_" "$PGBENCH_DB" \
        > "$WORK/pgbench.log" 2>&1 &
    PGBENCH_PID=$!
else
    say "go: the booking load alone (BENCH_PGBENCH=0: a diagnostic run, no ratio)"
    echo "tps = 0 (pgbench not run)" > "$WORK/pgbench.log"
fi
touch "$GO"
if [ "$THREAD_DUMPS" -gt 0 ]; then
    ( for i in $(seq "$THREAD_DUMPS"); do
          sleep 1
          kill -0 "$LOAD_PID" 2>/dev/null || break
          jcmd "$SERVER_PID" Thread.print > "$WORK/threads-$i.txt" 2>/dev/null || break
      done ) &
fi
LOAD_STATUS=0
wait "$LOAD_PID" || LOAD_STATUS=$?
LOAD_PID=
CPU_AFTER="$(ticks "$SERVER_PID") $(postgres_ticks) $(machine_ticks)"
PGBENCH_STATUS=0
[ -z "$PGBENCH_PID" ] || wait "$PGBENCH_PID" || PGBENCH_STATUS=$?
PGBENCH_PID=
[ "$LOAD_STATUS" = 0 ] || fail "the load client failed (exit $LOAD_STATUS): see $WORK/load.log"
[ "$PGBENCH_STATUS" = 0 ] || { cat "$WORK/pgbench.log"; fail "pgbench failed (exit $PGBENCH_STATUS)"; }

# ---- figures ------------------------------------------------------------------------------------------------------
prop() { sed -n "s/^$1=//p" "$WORK/load.properties"; }
TPS=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$WORK/pgbench.log")
CPU=$(awk -v before="$CPU_BEFORE" -v after="$CPU_AFTER" -v hz="$(getconf CLK_TCK)" 'BEGIN {
    split(before, b, " "); split(after, a, " ")
    printf "WildFly %.1f s, all PostgreSQL processes (pgbench'"'"'s backends too) %.1f s, whole machine %.1f s busy", \
        (a[1] - b[1]) / hz, (a[2] - b[2]) / hz, (a[3] - b[3]) / hz }')
[ -n "$TPS" ] || TPS=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/pgbench.log" | tail -1)
BPS=$(prop bookings_per_second)
RATIO=$(awk -v b="$BPS" -v t="$TPS" 'BEGIN { printf "%.3f", (t > 0 ? b / t : 0) }')
VERDICT=$(awk -v r="$RATIO" 'BEGIN { print (r >= 0.3 ? "met" : "NOT met") }')
if [ "${BENCH_PGBENCH:-1}" != 1 ]; then
    TPS="(not run: BENCH_PGBENCH=0)"
    RATIO="n/a"
    VERDICT="not applicable without pgbench"
fi

# Two active bookings of one builder whose occupied ranges overlap, where either one's session type takes one
# client at a time: an oversold slot. (The exclusion constraint should make this impossible; this counts anyway.)
OVERSOLD=$(psql_ -d "$DB" -At -c "
    SELECT count(*)
    FROM booking a
    JOIN booking b ON b.builder_id = a.builder_id AND b.id > a.id
    JOIN session_type ta ON ta.id = a.session_type_id
    JOIN session_type tb ON tb.id = b.session_type_id
    WHERE a.status IN ('HELD', 'CONFIRMED') AND b.status IN ('HELD', 'CONFIRMED')
      AND (ta.capacity = 1 OR tb.capacity = 1)
      AND tstzrange(a.occupied_from, a.occupied_until) && tstzrange(b.occupied_from, b.occupied_until)")
# Slots holding more active bookings than their session type's capacity (the same question, asked per slot).
OVERFULL=$(psql_ -d "$DB" -At -c "
    SELECT count(*) FROM (
        SELECT b.session_type_id, b.starts_at
        FROM booking b JOIN session_type t ON t.id = b.session_type_id
        WHERE b.status IN ('HELD', 'CONFIRMED')
        GROUP BY b.session_type_id, b.starts_at, t.capacity
        HAVING count(*) > t.capacity) AS overfull")
ACTIVE=$(psql_ -d "$DB" -At -c "SELECT count(*) FROM booking WHERE status IN ('HELD', 'CONFIRMED')")
EVENTS=$(psql_ -d "$DB" -At -c "SELECT count(*) FROM booking_event")

cat <<EOF | tee "$WORK/summary.txt"

==== Booking writes on PostgreSQL ($(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) CPUs, WildFly 39.0.1.Final, $(psql_ -d postgres -At -c 'SHOW server_version')) ====
load:      $(prop workers) workers, target $(prop target), $(prop builders) builders, $(prop clients) clients, Zipf s=$(prop zipf) (hottest builder got $(prop hottest_builder_share) of the bookings)
bookings:  $(prop created_201) created (201) in $(prop wall_seconds) s  =>  $BPS bookings/s
outcomes:  201: $(prop created_201), 409 slot taken: $(prop conflict_409_taken), 409 limit: $(prop conflict_409_limit), 409 other: $(prop conflict_409_other), other: $(prop other)  ($(prop requests) requests, $(prop requests_per_second) requests/s)
latency:   201: $(prop latency_201_ms) ms; all: $(prop latency_all_ms) ms
pgbench:   -c $PGBENCH_CLIENTS -j 2 -T $PGBENCH_SECONDS, scale $PGBENCH_SCALE, tpcb-like: $TPS TPS (the two runs started together; pgbench ran ${PGBENCH_SECONDS} s, the booking load $(prop wall_seconds) s)
ratio:     $BPS / $TPS = $RATIO  (target >= 0.3: $VERDICT)
cpu:       during the booking load: $CPU
database:  $ACTIVE active bookings, $EVENTS booking events
oversold:  $OVERSOLD overlapping pairs of active one-client bookings; $OVERFULL slots over capacity
EOF
