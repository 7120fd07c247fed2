-- PostgreSQL only. Seats belong to one session instance: a session type at one start. Several clients may share an
-- instance while it has seats (the booking transaction counts them under the builder's row lock), but two different
-- instances of one builder never overlap, buffers included, whatever the application does: neither two session
-- types, nor one session type at two starts. Together with booking_single_client_no_overlap (one client per
-- instance of a one-to-one type) this is the database's own guarantee across every node.
ALTER TABLE booking ADD CONSTRAINT booking_other_session_types_no_overlap
    EXCLUDE USING gist (builder_id WITH =, tstzrange(occupied_from, occupied_until) WITH &&, session_type_id WITH <>)
    WHERE (status IN ('HELD', 'CONFIRMED'));

ALTER TABLE booking ADD CONSTRAINT booking_other_starts_no_overlap
    EXCLUDE USING gist (builder_id WITH =, tstzrange(occupied_from, occupied_until) WITH &&, starts_at WITH <>)
    WHERE (status IN ('HELD', 'CONFIRMED'));
