#!/usr/bin/env bash
# The reminders job over 100,000 upcoming bookings on PostgreSQL (issue 14, benchmark): reminders written per second
# by the real EAR on WildFly, beside the rate at which PostgreSQL itself inserts the very same rows, on the same
# machine in the same run. Figures are reported, never asserted (the exit status says only whether the run worked).
#
#   bench/reminders-bench.sh
#
# 1. A fresh database, its schema made by the application's migrations: WildFly (HTTP port BOOKING_HTTP_PORT, 8680;
#    every port moved by BOOKING_HTTP_PORT-8080) starts on it with demo data off, every scheduled job's timer off
#    (BOOKING_JOB_*_EVERY=off: only the run started here counts), an administrator from BOOKING_ADMIN_EMAIL.
# 2. Seeded by SQL: builders with a half-hour group session of 50 seats, 50 clients, and BENCH_BOOKINGS (100,000)
#    CONFIRMED seats starting 3 to 13 hours from now, each due its early reminder (24 h before).
# 3. Measured: the reminders job started as an admin over HTTP (POST /api/admin/jobs/reminders/runs, the console's
#    "Run now"), until its job_run row has ended; rows written over the run's own start and end. Each reminder writes
#    its booking_notice row, an in-app notification to each party and an outbox message (mail, rendered) to each:
#    five rows. The server JVM's peak RSS (VmHWM) and its old generation are sampled during the run, and its heap used
#    after a full GC is taken before and after.
# 4. Measured: PostgreSQL writes the same rows into the same tables (same indexes, constraints and foreign keys), from
#    copies of the job's rows made after the job and with the job's rows truncated: one INSERT ... SELECT of the
#    notices alone ("notices"), then one per table of the notifications and outbox messages ("+messages").
# Prints both rates, their ratios in both views, the job's counts, the memory figures and the machine's load.
# The measured part runs under flock /tmp/booking-bench.lock, so benchmarks of several worktrees never overlap.
#
# Needs the EAR built (mvn -o -q -DskipTests package; WildFly is unpacked into target/servers if missing), psql,
# JDK 17's jcmd and jstat, and a PostgreSQL server on which BENCH_PGUSER may create databases. Settings (environment):
# BENCH_DB (booking_reminders_bench), BENCH_PGHOST (127.0.0.1), BENCH_PGPORT (5432), BENCH_PGUSER (postgres),
# BENCH_PGPASSWORD (none), BOOKING_EAR (booking-ear/target/booking.ear), BENCH_BOOKINGS (100000, a multiple of 1000),
# BENCH_JFR (0; 1 records the run with Flight Recorder into the run's directory), BENCH_KEEP (0; 1 keeps the
# database). Each run's files stay in target/bench/reminders-*.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

export BOOKING_HTTP_PORT=${BOOKING_HTTP_PORT:-8680}
PGHOST_=${BENCH_PGHOST:-127.0.0.1}
PGPORT_=${BENCH_PGPORT:-5432}
PGUSER_=${BENCH_PGUSER:-postgres}
DB=${BENCH_DB:-booking_reminders_bench}
BOOKINGS=${BENCH_BOOKINGS:-100000}
JFR=${BENCH_JFR:-0}
KEEP=${BENCH_KEEP:-0}
[ -n "${BENCH_PGPASSWORD:-}" ] && export PGPASSWORD=$BENCH_PGPASSWORD
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
URL="http://localhost:$BOOKING_HTTP_PORT"
ADMIN=bench-admin@reminders.test
ADMIN_PASSWORD=reminders-bench-admin-2026
SEATS=50
STARTS=20
WORK=$ROOT/target/bench/reminders-$(date -u +%Y%m%dT%H%M%SZ)
WILDFLY_PID_FILE=${BOOKING_SERVERS:-$ROOT/target/servers}/wildfly-39.0.1.Final/standalone/booking-wildfly.pid

log() { printf '[reminders-bench] %s\n' "$*"; }
fail() { printf '[reminders-bench] FAILED: %s\n' "$*" >&2; exit 1; }
psql_on() { local db=$1; shift; psql -v ON_ERROR_STOP=1 -h "$PGHOST_" -p "$PGPORT_" -U "$PGUSER_" -d "$db" -q "$@"; }
sql() { psql_on "$DB" -tA -F ' ' -c "$1"; }
now() { date +%s.%N; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
wildfly() { "config/dev/wildfly.sh" "$@"; }

(( BOOKINGS > 0 && BOOKINGS % (SEATS * STARTS) == 0 )) || fail "BENCH_BOOKINGS must be a multiple of $((SEATS * STARTS))"
BUILDERS=$((BOOKINGS / SEATS / STARTS))
command -v psql >/dev/null || fail "psql is needed"
export BOOKING_EAR=${BOOKING_EAR:-$ROOT/booking-ear/target/booking.ear}
[ -f "$BOOKING_EAR" ] || fail "no EAR at $BOOKING_EAR: run 'mvn -o -q -DskipTests package' first"
if [ ! -x "$(dirname "$(dirname "$WILDFLY_PID_FILE")")/bin/standalone.sh" ]; then
    log "unpacking WildFly into target/servers"
    mvn -o -q -Pwildfly -pl booking-ear dependency:unpack@unpack-server
fi
! (exec 3<>"/dev/tcp/127.0.0.1/$BOOKING_HTTP_PORT") 2>/dev/null || fail "port $BOOKING_HTTP_PORT is taken"
mkdir -p "$WORK"

finish() {
    local status=$?
    set +e
    [ -z "${sampler:-}" ] || kill "$sampler" 2>/dev/null
    wildfly stop >/dev/null 2>&1
    cp "$(wildfly log)" "$WORK/server.log" 2>/dev/null
    [ "$KEEP" = 1 ] || psql_on postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" 2>/dev/null
    [ "$status" -eq 0 ] || log "the server's log and the samples are in $WORK"
    exit "$status"
}
trap finish EXIT

log "fresh database $DB; WildFly on $BOOKING_HTTP_PORT makes its schema (demo data and job timers off)"
psql_on postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
psql_on postgres -c "CREATE DATABASE $DB"
BOOKING_DB_URL="jdbc:postgresql://$PGHOST_:$PGPORT_/$DB" BOOKING_DB_USER=$PGUSER_ \
    BOOKING_DB_PASSWORD=${BENCH_PGPASSWORD:-} BOOKING_DEMO_DATA=false \
    BOOKING_ADMIN_EMAIL=$ADMIN BOOKING_ADMIN_PASSWORD=$ADMIN_PASSWORD BOOKING_REMINDERS_BEFORE=24h,1h \
    BOOKING_JOB_REMINDERS_EVERY=off BOOKING_JOB_DEADLINES_EVERY=off BOOKING_JOB_OUTBOX_EVERY=off \
    wildfly start > "$WORK/wildfly-start.log" 2>&1 || { cat "$WORK/wildfly-start.log"; fail "WildFly did not start"; }
server=$(cat "$WILDFLY_PID_FILE")

log "seeding $BUILDERS builders (a 50-seat half hour each), 50 clients and $BOOKINGS CONFIRMED seats 3-13 h ahead"
# Fixture ids start far above what the application's sequences hand out. Consecutive numbers fill one session (one
# builder's workshop at one start, a seat per client); sessions go round the builders, each builder's half an hour
# apart, as the database's overlap constraints demand; all made three days ago under the Standard terms.
sql "
    INSERT INTO account (id, email, email_normalized, display_name, timezone, active, created_at, version)
    SELECT 900000000 + b, 'builder' || b || '@bench.test', 'builder' || b || '@bench.test', 'Builder ' || b,
           'Europe/London', TRUE, now(), 1 FROM generate_series(0, $BUILDERS - 1) b;
    INSERT INTO account_role (account_id, role) SELECT 900000000 + b, 'BUILDER' FROM generate_series(0, $BUILDERS - 1) b;
    INSERT INTO builder_profile (id, account_id, headline, bio, timezone, published, version, status)
    SELECT 900000000 + b, 900000000 + b, 'Seeded builder', 'Seeded for bench/reminders-bench.sh', 'Europe/London',
           TRUE, 1, 'APPROVED' FROM generate_series(0, $BUILDERS - 1) b;
    INSERT INTO session_type (id, builder_id, name, description, duration_minutes, capacity, active, version)
    SELECT 900000000 + b, 900000000 + b, 'Workshop', 'Seeded', 30, $SEATS, TRUE, 1
    FROM generate_series(0, $BUILDERS - 1) b;
    INSERT INTO account (id, email, email_normalized, display_name, timezone, active, created_at, version)
    SELECT 910000000 + c, 'client' || c || '@bench.test', 'client' || c || '@bench.test', 'Client ' || c,
           'Europe/Berlin', TRUE, now(), 1 FROM generate_series(0, $SEATS - 1) c;
    INSERT INTO account_role (account_id, role) SELECT 910000000 + c, 'CLIENT' FROM generate_series(0, $SEATS - 1) c;
    INSERT INTO booking (id, builder_id, client_id, session_type_id, starts_at, ends_at, occupied_from,
                         occupied_until, single_client, client_timezone, purpose, notes, status, created_at,
                         version, policy_id, policy_name, terms_free_cancel_minutes, terms_refund_tiers,
                         terms_reschedule_minutes, terms_max_reschedules, reschedule_count, first_starts_at)
    SELECT 920000000 + i, 900000000 + session % $BUILDERS, 910000000 + i % $SEATS, 900000000 + session % $BUILDERS,
           s, s + INTERVAL '30 minutes', s, s + INTERVAL '30 minutes', FALSE, 'Europe/Berlin',
           'Seeded booking ' || i, '', 'CONFIRMED', now() - INTERVAL '3 days', 1, 1, 'Standard', 2880,
           '1440:50', 1440, 2, 0, s
    FROM (SELECT i, i / $SEATS AS session,
                 date_trunc('hour', now()) + INTERVAL '3 hours' + (i / $SEATS / $BUILDERS) * INTERVAL '30 minutes' AS s
          FROM generate_series(0, $BOOKINGS - 1) i) seeded;
    ANALYZE;"
[ "$(sql "SELECT count(*) FROM booking_notice")" = 0 ] || fail "notices exist before the run"

heap_after_gc() {
    jcmd "$server" GC.run >/dev/null
    jcmd "$server" GC.heap_info | sed -n 's/.*total \([0-9]*K\), used \([0-9]*K\).*/\2 of \1/p' | head -n 1
}
heap_before=$(heap_after_gc)

exec 9>/tmp/booking-bench.lock
log "waiting for /tmp/booking-bench.lock"
flock 9
log "measuring (load $(load))"
load_before=$(load)
[ "$JFR" != 1 ] || jcmd "$server" JFR.start name=reminders settings=profile filename="$WORK/reminders.jfr" >/dev/null
# Old generation used (KB) and RSS every 2 s, the server's footprint while the job streams.
( while kill -0 "$server" 2>/dev/null; do
      printf '%s %s %s\n' "$(date +%s)" "$(jstat -gc "$server" | awk 'NR == 2 { print int($8) }')" \
          "$(awk '/VmRSS/ { print $2 }' "/proc/$server/status")"
      sleep 2
  done > "$WORK/memory.txt" ) &
sampler=$!
answer=$(curl -s -w ' %{http_code}' -u "$ADMIN:$ADMIN_PASSWORD" -X POST "$URL/api/admin/jobs/reminders/runs")
[ "${answer##* }" = 202 ] || fail "run now answered ${answer##* }: ${answer% *}"
run=$(printf '%s' "${answer% *}" | sed -n 's/.*"run":\([0-9]*\).*/\1/p')
log "run $run started through POST /api/admin/jobs/reminders/runs"
until [ "$(sql "SELECT status <> 'RUNNING' FROM job_run WHERE id = $run")" = t ]; do sleep 1; done
kill "$sampler"; sampler=
[ "$JFR" != 1 ] || jcmd "$server" JFR.stop name=reminders >/dev/null
load_job=$(load)
read -r status written read skipped job_seconds exit_status <<< "$(sql "
    SELECT status, written_count, read_count, skipped_count,
           extract(epoch FROM ended_at - started_at), replace(coalesce(exit_status, ''), ' ', '_')
    FROM job_run WHERE id = $run")"
[ "$status" = COMPLETED ] || fail "run $run ended $status: $exit_status"
read -r notices notifications messages <<< "$(sql "
    SELECT (SELECT count(*) FROM booking_notice), (SELECT count(*) FROM notification),
           (SELECT count(*) FROM outbox_message)")"

# PostgreSQL's turn: the job's rows copied aside, the tables emptied, then the same rows inserted into them.
sql "
    CREATE UNLOGGED TABLE bench_notice AS SELECT * FROM booking_notice;
    CREATE UNLOGGED TABLE bench_notification AS SELECT * FROM notification;
    CREATE UNLOGGED TABLE bench_message AS SELECT * FROM outbox_message;
    TRUNCATE booking_notice, notification, outbox_message;"
# VACUUM refuses to run inside the transaction a multi-statement command is.
sql "VACUUM ANALYZE bench_notice, bench_notification, bench_message, booking_notice, notification, outbox_message"
sql "CHECKPOINT"
load_pg=$(load)
t0=$(now)
sql "INSERT INTO booking_notice SELECT * FROM bench_notice"
t1=$(now)
sql "BEGIN;
     INSERT INTO notification SELECT * FROM bench_notification;
     INSERT INTO outbox_message SELECT * FROM bench_message;
     COMMIT;"
t2=$(now)
exec 9>&-

heap_after=$(heap_after_gc)
peak_rss=$(awk '/VmHWM/ { print int($2 / 1024) }' "/proc/$server/status")
read -r old_min old_max <<< "$(awk 'NR == 1 || $2 < min { min = $2 } $2 > max { max = $2 } END { print int(min / 1024), int(max / 1024) }' "$WORK/memory.txt")"
avg_text=$(sql "SELECT round(avg(length(text_body))), round(avg(length(html_body))) FROM outbox_message" | tr ' ' /)

awk -v written="$written" -v job="$job_seconds" -v t0="$t0" -v t1="$t1" -v t2="$t2" -v notices="$notices" -v notifications="$notifications" \
    -v messages="$messages" 'BEGIN {
    pg_notices = t1 - t0
    pg_messages = t2 - t1
    job_rate = written / job
    notice_rate = notices / pg_notices
    all_rate = notices / (pg_notices + pg_messages)
    printf "\nreminders job (end to end: started over HTTP, timed by its job_run row)\n"
    printf "  %d reminders in %.1f s: %.0f reminders/s (%.0f rows/s: %d notices, %d notifications, %d outbox messages)\n",
        written, job, job_rate, (notices + notifications + messages) / job, notices, notifications, messages
    printf "PostgreSQL INSERT ... SELECT of the same rows into the same tables\n"
    printf "  notices:           %d rows in %.2f s: %.0f reminders/s   job/PostgreSQL = %.3f\n",
        notices, pg_notices, notice_rate, job_rate / notice_rate
    printf "  notices+messages:  %d rows in %.2f s: %.0f reminders/s   job/PostgreSQL = %.3f\n",
        notices + notifications + messages, pg_notices + pg_messages, all_rate, job_rate / all_rate
}'
echo "job run $run: $status, read $read, written $written, skipped $skipped, exit status: ${exit_status//_/ }"
echo "outbox bodies: average text/html length $avg_text characters"
echo "server JVM (WildFly, PID $server): peak RSS (VmHWM) $peak_rss MB; old generation during the run $old_min-$old_max MB"
echo "  heap used after a full GC: before the run $heap_before, after $heap_after"
echo "load (1/5/15 min): before $load_before, after the job $load_job, before PostgreSQL's turn $load_pg"
echo "files: $WORK"
