#!/usr/bin/env bash
# Booking writes on PostgreSQL (issue 4, benchmark 2): 8 clients making 2,000 bookings over 50 builders with
# deliberate contention, and beside them, on the same machine and at the same time, pgbench's built-in tpcb-like run
# (-c 8 -T 30). Two runs, each beside its own pgbench:
#   writes  the booking transaction itself, as pgbench runs its own: 8 threads of one JVM booking through the
#           application's persistence unit and the server's booking code (SlotBooker, with the stored terms and the
#           notices the server writes) on a fresh database that the application's migrations created
#           (BookingWriteRun);
#   http    the same load end to end: POST /api/bookings against the real EAR on WildFly (BookingLoadRun).
# Before each measured run, other clients make warm-up bookings with other builders, so the JIT compilers have
# done their work (pgbench, in C, needs no warm-up). Prints bookings per second, the outcomes, pgbench's TPS and
# their ratio, CPU seconds per process group, then counts oversold slots with SQL. Figures are reported, never
# asserted (the exit status says only whether the runs themselves worked).
#
#   bench/booking-load.sh
#
# Needs JDK 17, Maven (offline is fine once ~/.m2 is filled; the script packages and never installs), psql and
# pgbench, and a PostgreSQL server that lets BENCH_PGUSER create databases.
# Settings (environment): BENCH_RUNS ("writes http"; either alone runs one), BOOKING_HTTP_PORT (8480; WildFly
# moves all its ports by BOOKING_HTTP_PORT-8080), BENCH_PGHOST (127.0.0.1),
# BENCH_PGPORT (5432), BENCH_PGUSER (postgres), BENCH_PGPASSWORD (none), BENCH_DB (booking_load: the http run's
# database; the writes run uses it with the suffix _writes), BENCH_PGBENCH_DB (pgbench_load), BENCH_BUILDERS (50),
# BENCH_CLIENTS (280 accounts), BENCH_WORKERS (8), BENCH_TARGET (2000), BENCH_ZIPF (1.0), BENCH_WARM_UP (bookings:
# 12000 in the writes run; 9000 in the http run, each cancelled again at once, as WildFly's C2 compiler takes code run
# once a request only after thousands of requests; 0 skips the warm-up), BENCH_WARM_UP_BUILDERS (30 in both),
# BENCH_WARM_UP_CLIENTS (1400 and 100), BENCH_WARM_UP_ROUNDS (3: each round is
# followed by a pause until the JIT compilers are idle), BENCH_PGBENCH (1; 0 runs
# the booking load alone, a diagnostic run without a ratio), BENCH_PGBENCH_CLIENTS (8), BENCH_PGBENCH_SECONDS (30),
# BENCH_PGBENCH_SCALE (8), BENCH_THREAD_DUMPS (0: that many jcmd Thread.print samples of the booking JVM, one a
# second, during the load), BENCH_READY_SECONDS (1200: how long a load client's set-up and warm-up may take),
# BENCH_KEEP (0; 1 keeps the databases and the server log).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

export BOOKING_HTTP_PORT=${BOOKING_HTTP_PORT:-8480}
PGHOST_=${BENCH_PGHOST:-127.0.0.1}
PGPORT_=${BENCH_PGPORT:-5432}
PGUSER_=${BENCH_PGUSER:-postgres}
DB=${BENCH_DB:-booking_load}
WRITES_DB=${DB}_writes
RUNS=${BENCH_RUNS:-writes http}
PGBENCH_DB=${BENCH_PGBENCH_DB:-pgbench_load}
BUILDERS=${BENCH_BUILDERS:-50}
CLIENTS=${BENCH_CLIENTS:-280}
WORKERS=${BENCH_WORKERS:-8}
TARGET=${BENCH_TARGET:-2000}
ZIPF=${BENCH_ZIPF:-1.0}
# warm_up RUN: the warm-up arguments of that run.
warm_up() {
    if [ "$1" = writes ]; then
        echo "--warm-up ${BENCH_WARM_UP:-12000} --warm-up-builders ${BENCH_WARM_UP_BUILDERS:-30} --warm-up-clients ${BENCH_WARM_UP_CLIENTS:-1400} --warm-up-rounds ${BENCH_WARM_UP_ROUNDS:-3}"
    else
        echo "--warm-up ${BENCH_WARM_UP:-9000} --warm-up-builders ${BENCH_WARM_UP_BUILDERS:-30} --warm-up-clients ${BENCH_WARM_UP_CLIENTS:-100} --warm-up-rounds ${BENCH_WARM_UP_ROUNDS:-3}"
    fi
}
warm_up_option() { warm_up "$1" | sed -n "s/.*--$2 \([0-9]*\).*/\1/p"; }
PGBENCH_CLIENTS=${BENCH_PGBENCH_CLIENTS:-8}
PGBENCH_SECONDS=${BENCH_PGBENCH_SECONDS:-30}
PGBENCH_SCALE=${BENCH_PGBENCH_SCALE:-8}
THREAD_DUMPS=${BENCH_THREAD_DUMPS:-0}
KEEP=${BENCH_KEEP:-0}
# The http run's set-up registers and signs in every client through the API, each paying for a password hash
# (~2.5 a second on 2 CPUs: 630 clients take over four minutes), then warms up; 300 s was not enough.
READY_SECONDS=${BENCH_READY_SECONDS:-1200}
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
for run in $RUNS; do
    case $run in writes|http) ;; *) fail "BENCH_RUNS names writes and http, not $run" ;; esac
done
runs() { case " $RUNS " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

# ---- build: the EAR, the load clients, and WildFly unpacked next to the project (as the wildfly profile does) -----
# The load clients run on booking-ear's test classpath, which the reactor build writes to a file: its modules are
# their jars under target/, so nothing is installed into the local repository, which other builds on this machine
# share. Rebuilt whenever a source or a pom is newer than the EAR, so the run measures the code as it is.
CLASSPATH_FILE=$ROOT/booking-ear/target/bench-classpath.txt
if [ ! -f "$EAR" ] || [ ! -f "$CLASSPATH_FILE" ] \
    || [ -n "$(find pom.xml booking-*/pom.xml booking-*/src -newer "$EAR" -type f -print -quit)" ]; then
    say "building the modules, the EAR and the load clients (mvn -o -DskipTests package; nothing is installed)"
    mvn -o -q -B -DskipTests package dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile=target/bench-classpath.txt
fi
if runs http && [ ! -x "$WILDFLY_HOME/bin/standalone.sh" ]; then
    say "unpacking WildFly into target/servers"
    mvn -o -q -Pwildfly -pl booking-ear dependency:unpack@unpack-server
fi

# ---- clean-up on every exit ---------------------------------------------------------------------------------------
PGBENCH_PID=
LOAD_PID=
SERVER_STARTED=0
stop_server() {
    if [ "$SERVER_STARTED" = 1 ]; then
        cp "$WILDFLY_HOME/standalone/log/server.log" "$WORK/server.log" 2>/dev/null
        BOOKING_SERVERS=$ROOT/target/servers config/dev/wildfly.sh stop >/dev/null 2>&1
        SERVER_STARTED=0
        say "WildFly stopped"
    fi
}
cleanup() {
    local status=$?
    set +e
    [ -n "$LOAD_PID" ] && kill "$LOAD_PID" 2>/dev/null
    [ -n "$PGBENCH_PID" ] && kill "$PGBENCH_PID" 2>/dev/null
    stop_server
    if [ "$KEEP" != 1 ]; then
        psql_ -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "DROP DATABASE IF EXISTS $WRITES_DB" \
            -c "DROP DATABASE IF EXISTS $PGBENCH_DB" 2>/dev/null \
            && say "dropped databases $DB, $WRITES_DB and $PGBENCH_DB"
    else
        say "kept databases $DB, $WRITES_DB and $PGBENCH_DB (BENCH_KEEP=1)"
    fi
    say "files of this run: $WORK"
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fresh_database() {
    psql_ -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1"
}

# seed_builders DATABASE RUN: builders by SQL (clearly a benchmark fixture), the measured ones from id 900001, the
# run's warm-up ones from 990001.
seed_builders() {
    local warm_up_builders
    warm_up_builders=$(warm_up_option "$2" warm-up-builders)
    say "seeding $BUILDERS builders and $warm_up_builders warm-up builders with bench/seed-builders.sql (benchmark fixture, straight into the schema)"
    psql_ -d "$1" -v builders="$BUILDERS" -v first_id=900000 -v name="Bench Builder" -f bench/seed-builders.sql
    psql_ -d "$1" -v builders="$warm_up_builders" -v first_id=990000 -v name="Warm-up Builder" -f bench/seed-builders.sql
}

LOAD_ARGS="--builders $BUILDERS --clients $CLIENTS --workers $WORKERS --target $TARGET --zipf $ZIPF"

# Runs a load client's main class (the test classpath has the application's classes) in the background.
load_client() {
    local main=$1 log=$2
    shift 2
    java -cp "$ROOT/booking-ear/target/test-classes:$(cat "$CLASSPATH_FILE")" "com.buildappswith.booking.bench.$main" \
        "$@" > "$log" 2>&1 &
    LOAD_PID=$!
}

# CPU seconds (user + system, from /proc) of the booking JVM, of all PostgreSQL processes and of the whole machine,
# so the summary can say where the two CPUs went during the run.
ticks() { { [ -n "$1" ] && awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null; } || echo 0; }
postgres_ticks() {
    local total=0 pid
    # Own time of every live PostgreSQL process, plus the postmaster's children that have ended (pgbench's backends).
    for pid in $(pgrep -x postgres || true); do
        total=$((total + $(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
    done
    echo "$total"
}
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }

# measure NAME DATABASE CPU_PID CPU_LABEL DESCRIPTION: waits until the load client LOAD_PID is ready, starts it and
# pgbench together, and appends the run's figures to the summary. CPU_PID is the server's, if there is one; the load
# client reports its own CPU time.
measure() {
    local name=$1 db=$2 cpu_pid=$3 cpu_label=$4 description=$5
    local dir=$WORK/$name
    tail -n +1 -f "$dir/load.log" --pid=$LOAD_PID &
    for _ in $(seq $((READY_SECONDS * 2))); do
        [ -f "$dir/ready" ] && break
        kill -0 "$LOAD_PID" 2>/dev/null || { wait "$LOAD_PID" || true; LOAD_PID=; fail "the $name load client ended during set-up"; }
        sleep 0.5
    done
    [ -f "$dir/ready" ] || fail "the $name load client was not ready within $READY_SECONDS s (BENCH_READY_SECONDS)"

    say "pgbench -i -s $PGBENCH_SCALE $PGBENCH_DB"
    fresh_database "$PGBENCH_DB"
    pgbench -i -q -s "$PGBENCH_SCALE" -h "$PGHOST_" -p "$PGPORT_" -U "$PGUSER_" "$PGBENCH_DB" > "$dir/pgbench-init.log" 2>&1 \
        || { cat "$dir/pgbench-init.log"; fail "pgbench -i failed"; }

    local cpu_before cpu_after
    cpu_before="$(ticks "$cpu_pid") $(postgres_ticks) $(machine_ticks)"
    if [ "${BENCH_PGBENCH:-1}" = 1 ]; then
        say "go ($name): pgbench -c $PGBENCH_CLIENTS -j 2 -T $PGBENCH_SECONDS $PGBENCH_DB, and the booking load, together"
        pgbench -c "$PGBENCH_CLIENTS" -j 2 -T "$PGBENCH_SECONDS" -P 1 -h "$PGHOST_" -p "$PGPORT_" -U "$PGUSER_" "$PGBENCH_DB" \
            > "$dir/pgbench.log" 2>&1 &
        PGBENCH_PID=$!
    else
        say "go ($name): the booking load alone (BENCH_PGBENCH=0: a diagnostic run, no ratio)"
        echo "tps = 0 (pgbench not run)" > "$dir/pgbench.log"
    fi
    touch "$dir/go"
    if [ "$THREAD_DUMPS" -gt 0 ]; then
        ( for i in $(seq "$THREAD_DUMPS"); do
              sleep 1
              kill -0 "$LOAD_PID" 2>/dev/null || break
              jcmd "${cpu_pid:-$LOAD_PID}" Thread.print > "$dir/threads-$i.txt" 2>/dev/null || break
          done ) &
    fi
    local load_status=0 pgbench_status=0
    wait "$LOAD_PID" || load_status=$?
    LOAD_PID=
    cpu_after="$(ticks "$cpu_pid") $(postgres_ticks) $(machine_ticks)"
    [ -z "$PGBENCH_PID" ] || wait "$PGBENCH_PID" || pgbench_status=$?
    PGBENCH_PID=
    [ "$load_status" = 0 ] || fail "the $name load client failed (exit $load_status): see $dir/load.log"
    [ "$pgbench_status" = 0 ] || { cat "$dir/pgbench.log"; fail "pgbench failed (exit $pgbench_status)"; }

    prop() { sed -n "s/^$1=//p" "$dir/load.properties"; }
    local tps window_tps cpu cpu_rest bps ratio whole_ratio verdict
    tps=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$dir/pgbench.log")
    [ -n "$tps" ] || tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$dir/pgbench.log" | tail -1)
    cpu_rest=$(awk -v before="$cpu_before" -v after="$cpu_after" -v hz="$(getconf CLK_TCK)" 'BEGIN {
        split(before, b, " "); split(after, a, " ")
        printf "all PostgreSQL processes (pgbench'"'"'s backends too) %.1f s, whole machine %.1f s busy", \
            (a[2] - b[2]) / hz, (a[3] - b[3]) / hz }')
    if [ -n "$cpu_pid" ]; then
        cpu="$cpu_label $(awk -v before="$cpu_before" -v after="$cpu_after" -v hz="$(getconf CLK_TCK)" 'BEGIN {
            split(before, b, " "); split(after, a, " "); printf "%.1f", (a[1] - b[1]) / hz }') s, load client"
    else
        cpu="$cpu_label"
    fi
    cpu="$cpu $(prop cpu_seconds) s (its JIT compilers $(prop jit_seconds) s of it), $cpu_rest"
    # pgbench -P 1 reports every second; the seconds that lie wholly inside the booking load are what the load ran
    # beside (pgbench runs on alone after a load that ends sooner, and alone it is faster).
    window_tps=$(awk -v wall="$(prop wall_seconds)" '/^progress: / {
            t = $2 + 0; if (t <= wall + 0.0001) { sum += $4; n++ } }
        END { if (n > 0) printf "%.1f", sum / n }' "$dir/pgbench.log")
    [ -n "$window_tps" ] || window_tps=$tps
    bps=$(prop bookings_per_second)
    ratio=$(awk -v b="$bps" -v t="$window_tps" 'BEGIN { printf "%.3f", (t > 0 ? b / t : 0) }')
    whole_ratio=$(awk -v b="$bps" -v t="$tps" 'BEGIN { printf "%.3f", (t > 0 ? b / t : 0) }')
    verdict=$(awk -v r="$ratio" 'BEGIN { print (r >= 0.25 ? "met" : "NOT met") }')
    if [ "${BENCH_PGBENCH:-1}" != 1 ]; then
        tps="(not run: BENCH_PGBENCH=0)"
        window_tps="n/a"
        ratio="n/a"
        whole_ratio="n/a"
        verdict="not applicable without pgbench"
    fi

    # Two active bookings of one builder whose occupied ranges overlap, where either one's session type takes one
    # client at a time: an oversold slot. (The exclusion constraint should make this impossible; this counts anyway.)
    local oversold overfull active events
    oversold=$(psql_ -d "$db" -At -c "
        SELECT count(*)
        FROM booking a
        JOIN booking b ON b.builder_id = a.builder_id AND b.id > a.id
        JOIN session_type ta ON ta.id = a.session_type_id
        JOIN session_type tb ON tb.id = b.session_type_id
        WHERE a.status IN ('HELD', 'CONFIRMED') AND b.status IN ('HELD', 'CONFIRMED')
          AND (ta.capacity = 1 OR tb.capacity = 1)
          AND tstzrange(a.occupied_from, a.occupied_until) && tstzrange(b.occupied_from, b.occupied_until)")
    # Slots holding more active bookings than their session type's capacity (the same question, asked per slot).
    overfull=$(psql_ -d "$db" -At -c "
        SELECT count(*) FROM (
            SELECT b.session_type_id, b.starts_at
            FROM booking b JOIN session_type t ON t.id = b.session_type_id
            WHERE b.status IN ('HELD', 'CONFIRMED')
            GROUP BY b.session_type_id, b.starts_at, t.capacity
            HAVING count(*) > t.capacity) AS overfull")
    active=$(psql_ -d "$db" -At -c "SELECT count(*) FROM booking WHERE status IN ('HELD', 'CONFIRMED')")
    events=$(psql_ -d "$db" -At -c "SELECT count(*) FROM booking_event")

    cat <<EOF | tee -a "$WORK/summary.txt"

==== Booking writes on PostgreSQL, run "$name": $description ($(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) CPUs, $(psql_ -d postgres -At -c 'SHOW server_version')) ====
load:      $(prop workers) workers, target $(prop target), $(prop builders) builders, $(prop clients) clients, Zipf s=$(prop zipf) (hottest builder got $(prop hottest_builder_share) of the bookings)
bookings:  $(prop created) created in $(prop wall_seconds) s  =>  $bps bookings/s
outcomes:  created: $(prop created), slot just taken: $(prop conflict_taken), limit: $(prop conflict_limit), other conflict: $(prop conflict_other), other: $(prop other)  ($(prop requests) attempts, $(prop requests_per_second) attempts/s)
latency:   created: $(prop latency_created_ms) ms; all: $(prop latency_all_ms) ms
pgbench:   -c $PGBENCH_CLIENTS -j 2 -T $PGBENCH_SECONDS, scale $PGBENCH_SCALE, tpcb-like, started with the load: $window_tps TPS while the load ran ($(prop wall_seconds) s); $tps TPS over its whole ${PGBENCH_SECONDS} s
ratio:     $bps / $window_tps = $ratio  (target >= 0.25: $verdict); against the whole-run TPS: $whole_ratio
cpu:       during the booking load: $cpu
database:  $active active bookings, $events booking events
oversold:  $oversold overlapping pairs of active one-client bookings; $overfull slots over capacity
EOF
}

# ---- run "writes": the booking transaction in a JVM of its own ---------------------------------------------------
if runs writes; then
    mkdir -p "$WORK/writes"
    WRITES_ARGS="--jdbc-url jdbc:postgresql://$PGHOST_:$PGPORT_/$WRITES_DB --user $PGUSER_"
    [ -n "${BENCH_PGPASSWORD:-}" ] && WRITES_ARGS+=" --password $BENCH_PGPASSWORD"
    say "creating database $WRITES_DB and its schema with the application's migrations"
    fresh_database "$WRITES_DB"
    load_client BookingWriteRun "$WORK/writes/migrate.log" --step migrate $WRITES_ARGS
    wait "$LOAD_PID" || { cat "$WORK/writes/migrate.log"; LOAD_PID=; fail "the migration failed"; }
    LOAD_PID=
    seed_builders "$WRITES_DB" writes
    WRITES_CLIENTS=$((CLIENTS + $(warm_up_option writes warm-up-clients)))
    say "seeding $WRITES_CLIENTS clients with bench/seed-clients.sql (benchmark fixture)"
    psql_ -d "$WRITES_DB" -v clients=$WRITES_CLIENTS -v first_id=800000 -f bench/seed-clients.sql
    say "load client: $WORKERS threads booking through the application's persistence unit, target $TARGET"
    load_client BookingWriteRun "$WORK/writes/load.log" --step run $WRITES_ARGS $LOAD_ARGS $(warm_up writes) \
        --ready-file "$WORK/writes/ready" --go-file "$WORK/writes/go" --result-file "$WORK/writes/load.properties"
    measure writes "$WRITES_DB" "" "booking JVM (load and booking transaction)" "the booking transaction, $WORKERS threads of one JVM (BookingWriteRun)"
fi

# ---- run "http": the real EAR on WildFly, its schema created by its own Flyway migrations -------------------------
if runs http; then
    mkdir -p "$WORK/http"
    fresh_database "$DB"
    say "starting WildFly on port $BOOKING_HTTP_PORT against jdbc:postgresql://$PGHOST_:$PGPORT_/$DB"
    SERVER_STARTED=1
    # Every load client registers from this machine, hundreds in a few seconds: far beyond what one address may
    # register in an hour in production, so the run allows the most the setting accepts (1,000; above that the server
    # logs the value as invalid and keeps its default of 10). The fixture's sessions are free, so the hold limits
    # never apply.
    BOOKING_REGISTRATIONS_PER_ADDRESS=1000 \
    BOOKING_SERVERS=$ROOT/target/servers BOOKING_EAR=$EAR BOOKING_DEMO_DATA=false \
        BOOKING_DB_URL="jdbc:postgresql://$PGHOST_:$PGPORT_/$DB" BOOKING_DB_USER="$PGUSER_" \
        BOOKING_DB_PASSWORD="${BENCH_PGPASSWORD:-}" BOOKING_DATA_DIR="$WORK/data" \
        config/dev/wildfly.sh start
    SERVER_PID=$(cat "$WILDFLY_HOME/standalone/booking-wildfly.pid")
    seed_builders "$DB" http
    say "load client: $CLIENTS clients registered and signed in through the API, then $WORKERS workers, target $TARGET"
    load_client BookingLoadRun "$WORK/http/load.log" --base-url "http://localhost:$BOOKING_HTTP_PORT/" $LOAD_ARGS $(warm_up http) \
        --ready-file "$WORK/http/ready" --go-file "$WORK/http/go" --result-file "$WORK/http/load.properties"
    measure http "$DB" "$SERVER_PID" WildFly "end to end, POST /api/bookings on $(basename "$WILDFLY_HOME") (BookingLoadRun)"
    stop_server
fi
