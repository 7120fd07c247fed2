-- BENCHMARK FIXTURE, not application data: the directory the Gatling load test (bench/load-test.sh) runs against,
-- written straight into the schema that the application's Flyway migrations created (V1..V8).
--
-- :builders builders "Load Builder NNN", published and approved, each in one of eight time zones, with weekly hours
-- of one of three shapes (weekdays 09-17; weekdays 08-12 and 13-18; Tuesday to Saturday 10-19), and two session
-- types: a free 30-minute "Intro call" (id :first_id + n) and a paid 60-minute "Deep dive" (id :first_id + 50000 + n,
-- 40 to 150 in GBP, USD or EUR). The load picks session types by these ids, so :builders stays below 50000.
-- :clients client accounts load-client-N@bench.invalid (ids from :client_first_id + 1), all with the password hash of
-- :'password_hash' (the hash the server made when the script registered one account with the load's password, so
-- the password is hashed by the server's own Pbkdf2PasswordHash and never stored here in the clear).
-- :bookings existing bookings spread evenly over the builders (:bookings / :builders each, one a day per builder
-- from :past_days days ago on, at a builder-local hour that differs from day to day), made by the clients in
-- turn: past ones COMPLETED, future ones CONFIRMED, every tenth CANCELLED_BY_CLIENT; all on the free type, so they
-- need no payment rows, and all one client at a time, as the free type takes one.
-- Ids start far above what EclipseLink allocates from the sequences (blocks of 50 from 1).
\set ON_ERROR_STOP on
BEGIN;

CREATE TEMPORARY TABLE load_zone (position INTEGER PRIMARY KEY, zone VARCHAR(64) NOT NULL, currency VARCHAR(3) NOT NULL);
INSERT INTO load_zone VALUES (0, 'Europe/London', 'GBP'), (1, 'America/New_York', 'USD'), (2, 'Asia/Kolkata', 'USD'),
                             (3, 'Europe/Berlin', 'EUR'), (4, 'America/Los_Angeles', 'USD'), (5, 'Australia/Sydney', 'USD'),
                             (6, 'Asia/Tokyo', 'USD'), (7, 'UTC', 'EUR');

CREATE TEMPORARY TABLE load_builder AS
SELECT n, :first_id + n AS id, z.zone, z.currency, n % 3 AS shape
FROM generate_series(1, :builders) AS n JOIN load_zone z ON z.position = n % 8;

INSERT INTO account (id, email, email_normalized, display_name, timezone, active, created_at, version)
SELECT id, format('load-builder-%s@bench.invalid', n), format('load-builder-%s@bench.invalid', n),
       format('Load Builder %s', lpad(n::text, 3, '0')), zone, true, now(), 0
FROM load_builder;

INSERT INTO account_role (account_id, role)
SELECT id, role FROM load_builder, (VALUES ('CLIENT'), ('BUILDER')) AS r (role);

INSERT INTO builder_profile (id, account_id, headline, bio, timezone, published, version, status)
SELECT id, id, format('%s builder for the load test', (ARRAY ['Backend', 'Frontend', 'Data', 'Cloud'])[n % 4 + 1]),
       'Created by bench/seed-load.sql for the Gatling load test.', zone, true, 0, 'APPROVED'
FROM load_builder;

INSERT INTO builder_expertise (builder_id, position, tag)
SELECT id, p, (ARRAY ['java', 'postgresql', 'react', 'kubernetes', 'python', 'aws'])[(n + p) % 6 + 1]
FROM load_builder, generate_series(0, 1) AS p;

INSERT INTO session_type (id, builder_id, name, description, duration_minutes, price_minor, price_currency, active,
                          version, buffer_before_minutes, buffer_after_minutes, minimum_notice_minutes, horizon_days,
                          step_minutes, capacity, max_per_day)
SELECT id, id, 'Intro call', 'Free 30-minute call.', 30, NULL, NULL, true, 0, 0, 0, 60, 60, 30, 1, NULL
FROM load_builder
UNION ALL
SELECT id + 50000, id, 'Deep dive', 'Paid hour on your code.', 60, 4000 + (n % 12) * 1000, currency, true, 0,
       0, 15, 120, 60, 30, 1, 6
FROM load_builder;

INSERT INTO weekly_availability (id, builder_id, day_of_week, start_time, end_time, valid_from, valid_until)
SELECT row_number() OVER () + :first_id * 10, b.id, d.day, h.start_time, h.end_time, NULL, NULL
FROM load_builder b
JOIN (VALUES (1, 'MONDAY'), (2, 'TUESDAY'), (3, 'WEDNESDAY'), (4, 'THURSDAY'), (5, 'FRIDAY'), (6, 'SATURDAY'))
    AS d (position, day) ON true
JOIN (VALUES (0, TIME '09:00', TIME '17:00'), (1, TIME '08:00', TIME '12:00'), (1, TIME '13:00', TIME '18:00'),
             (2, TIME '10:00', TIME '19:00'))
    AS h (shape, start_time, end_time) ON h.shape = b.shape
WHERE (b.shape < 2 AND d.position <= 5) OR (b.shape = 2 AND d.position >= 2);

INSERT INTO account (id, email, email_normalized, display_name, timezone, active, created_at, version, password_hash)
SELECT :client_first_id + n, format('load-client-%s@bench.invalid', n), format('load-client-%s@bench.invalid', n),
       format('Load client %s', n), z.zone, true, now(), 0, :'password_hash'
FROM generate_series(1, :clients) AS n JOIN load_zone z ON z.position = (n * 3) % 8;

INSERT INTO account_role (account_id, role)
SELECT :client_first_id + n, 'CLIENT' FROM generate_series(1, :clients) AS n;

-- One booking a day per builder, at a local hour from 9 to 16 that moves from day to day, so none overlap.
CREATE TEMPORARY TABLE load_booking AS
SELECT row_number() OVER (ORDER BY k, b.n) AS m, b.id AS builder_id, b.n,
       ((current_date - :past_days + k) + make_time(9 + (k + b.n) % 8, 0, 0)) AT TIME ZONE b.zone AS starts_at
FROM load_builder b, generate_series(0, :bookings / :builders - 1) AS k;

INSERT INTO booking (id, builder_id, client_id, session_type_id, starts_at, ends_at, occupied_from, occupied_until,
                     single_client, client_timezone, purpose, notes, status, hold_expires_at, created_at, version,
                     price_minor, price_currency, policy_id, policy_name, terms_free_cancel_minutes,
                     terms_refund_tiers, terms_reschedule_minutes, terms_max_reschedules, first_starts_at)
SELECT :booking_first_id + m, builder_id, :client_first_id + 1 + (m % :clients), builder_id, starts_at,
       starts_at + INTERVAL '30' MINUTE, starts_at, starts_at + INTERVAL '30' MINUTE, true, 'Europe/London',
       'Load test fixture', '',
       CASE WHEN m % 10 = 0 THEN 'CANCELLED_BY_CLIENT' WHEN starts_at < now() THEN 'COMPLETED' ELSE 'CONFIRMED' END,
       NULL, starts_at - INTERVAL '7' DAY, 0, NULL, NULL, p.id, p.policy_name, p.terms_free_cancel_minutes,
       p.terms_refund_tiers, p.terms_reschedule_minutes, p.terms_max_reschedules, starts_at
FROM load_booking, cancellation_policy p
WHERE p.id = 1;

INSERT INTO booking_event (id, booking_id, from_status, to_status, actor, reason, at)
SELECT :booking_first_id + m, :booking_first_id + m, NULL, 'CONFIRMED', 'load fixture', 'Booked', starts_at - INTERVAL '7' DAY
FROM load_booking;

-- Any node that read these builders before (none should have) reads them again: the availability cache is keyed by
-- the profile's version.
UPDATE builder_profile SET version = version + 1 WHERE id IN (SELECT id FROM load_builder);

COMMIT;
ANALYZE;
