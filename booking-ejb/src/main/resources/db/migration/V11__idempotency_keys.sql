-- The Idempotency-Key a client program sent with a booking request, per account, with a digest of the request and
-- the booking it made: the same request sent again under the key (after a timeout, or a node that died before it
-- answered) gets that booking back instead of booking anything, and another request under it is refused. Written in
-- the booking's transaction, so a key is remembered exactly when its booking exists; read under the client's row
-- lock, so a repeat sent while the first request runs waits for it. The deadlines job deletes keys a day old.
CREATE TABLE booking_request_key (
    account_id  BIGINT                   NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    request_key VARCHAR(255)             NOT NULL,
    fingerprint VARCHAR(64)              NOT NULL,
    booking_id  BIGINT                   NOT NULL REFERENCES booking (id) ON DELETE CASCADE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, request_key)
);
CREATE INDEX booking_request_key_created_at ON booking_request_key (created_at);
CREATE INDEX booking_request_key_booking ON booking_request_key (booking_id);
