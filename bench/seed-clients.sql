-- BENCHMARK FIXTURE, not application data: for the booking-write run of bench/booking-load.sh, which books in its
-- own JVM as the server does once a client has signed in, so these clients need no password (nothing signs in).
-- The end-to-end run registers its clients through POST /api/accounts instead.
--
-- :clients active client accounts bench-client-N@bench.invalid, in Asia/Kolkata, ids from :first_id + 1.
\set ON_ERROR_STOP on
BEGIN;

INSERT INTO account (id, email, email_normalized, display_name, timezone, active, created_at, version)
SELECT :first_id + n, format('bench-client-%s@bench.invalid', n), format('bench-client-%s@bench.invalid', n),
       format('Bench client %s', n), 'Asia/Kolkata', true, now(), 0
FROM generate_series(1, :clients) AS n;

INSERT INTO account_role (account_id, role)
SELECT :first_id + n, 'CLIENT' FROM generate_series(1, :clients) AS n;

COMMIT;
