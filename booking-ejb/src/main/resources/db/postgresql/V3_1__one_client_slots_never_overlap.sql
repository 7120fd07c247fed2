-- PostgreSQL only (Flyway reads this folder when the database is PostgreSQL). The second line of defence behind
-- the builder-row lock taken by every booking transaction: two active one-client bookings of the same builder can
-- never overlap, buffers included, whatever the application does. Holds past their expiry are turned EXPIRED by
-- the booking transaction itself before it inserts, so they do not trip this constraint.
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE booking ADD CONSTRAINT booking_single_client_no_overlap
    EXCLUDE USING gist (builder_id WITH =, tstzrange(occupied_from, occupied_until) WITH &&)
    WHERE (single_client AND status IN ('HELD', 'CONFIRMED'));
