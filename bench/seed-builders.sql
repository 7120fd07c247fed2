-- BENCHMARK FIXTURE, not application data: written straight into the schema that the application's Flyway
-- migrations created (V1..V3), for bench/booking-load.sh only. Builders need no password (they never sign in), so
-- nothing here bypasses the server's password hashing; the load clients are registered through POST /api/accounts.
--
-- :builders builders ":name NNN", each published and approved, in UTC, working every day 06:00-22:00, and
-- offering one free 30-minute session type "Bench call" with capacity 1, step 30, no minimum notice and a 60-day
-- horizon. Their ids start at :first_id + 1, far above what EclipseLink allocates from the sequences (blocks of 50
-- from 1), so rows the application creates later never collide with these; the script seeds the measured builders
-- from 900001 and the warm-up builders from 990001.
\set ON_ERROR_STOP on
BEGIN;

INSERT INTO account (id, email, email_normalized, display_name, timezone, active, created_at, version)
SELECT :first_id + n, format('bench-builder-%s@bench.invalid', :first_id + n),
       format('bench-builder-%s@bench.invalid', :first_id + n),
       format('%s %s', :'name', lpad(n::text, 3, '0')), 'UTC', true, now(), 0
FROM generate_series(1, :builders) AS n;

INSERT INTO account_role (account_id, role)
SELECT :first_id + n, role FROM generate_series(1, :builders) AS n, (VALUES ('CLIENT'), ('BUILDER')) AS r (role);

INSERT INTO builder_profile (id, account_id, headline, bio, timezone, published, version, status)
SELECT :first_id + n, :first_id + n, 'Benchmark builder', 'Created by bench/seed-builders.sql for the booking load run.',
       'UTC', true, 0, 'APPROVED'
FROM generate_series(1, :builders) AS n;

INSERT INTO builder_expertise (builder_id, position, tag)
SELECT :first_id + n, 0, 'benchmark' FROM generate_series(1, :builders) AS n;

INSERT INTO session_type (id, builder_id, name, description, duration_minutes, price_minor, price_currency, active,
                          version, buffer_before_minutes, buffer_after_minutes, minimum_notice_minutes, horizon_days,
                          step_minutes, capacity, max_per_day)
SELECT :first_id + n, :first_id + n, 'Bench call', 'Free 30-minute call for the load run.', 30, NULL, NULL, true,
       0, 0, 0, 0, 60, 30, 1, NULL
FROM generate_series(1, :builders) AS n;

INSERT INTO weekly_availability (id, builder_id, day_of_week, start_time, end_time, valid_from, valid_until)
SELECT :first_id + (n - 1) * 7 + d, :first_id + n,
       (ARRAY ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'])[d],
       TIME '06:00', TIME '22:00', NULL, NULL
FROM generate_series(1, :builders) AS n, generate_series(1, 7) AS d;

COMMIT;
