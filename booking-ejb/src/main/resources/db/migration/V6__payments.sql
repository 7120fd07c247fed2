-- Payments (issue 12). A booking keeps the price it was made at, so a later change of the session type's price
-- never changes what its client pays; both columns are empty for a free session, or both set.
ALTER TABLE booking ADD COLUMN price_minor BIGINT;
ALTER TABLE booking ADD COLUMN price_currency VARCHAR(3);
-- Bookings made before this version: held ones are snapshotted at their type's current price, the best there is.
UPDATE booking SET price_minor = (SELECT t.price_minor FROM session_type t WHERE t.id = booking.session_type_id),
                   price_currency = (SELECT t.price_currency FROM session_type t WHERE t.id = booking.session_type_id);
UPDATE booking SET price_minor = NULL, price_currency = NULL WHERE price_minor IS NULL OR price_currency IS NULL;
ALTER TABLE booking ADD CONSTRAINT booking_price_whole
    CHECK ((price_minor IS NULL AND price_currency IS NULL) OR (price_minor >= 0 AND price_currency IS NOT NULL));

CREATE SEQUENCE payment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE refund_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE processed_webhook_event_seq START WITH 50 INCREMENT BY 50;

-- One payment per booking. The checkout session id is empty until the provider opened the checkout (the row is
-- written first, so a provider that fails leaves the booking and its payment to retry with the same key).
CREATE TABLE payment (
    id                  BIGINT PRIMARY KEY,
    booking_id          BIGINT       NOT NULL,
    provider            VARCHAR(32)  NOT NULL,
    checkout_session_id VARCHAR(255),
    checkout_url        VARCHAR(2048),
    checkout_expires_at TIMESTAMP WITH TIME ZONE,
    payment_intent_id   VARCHAR(255),
    amount_minor        BIGINT       NOT NULL,
    currency            VARCHAR(3)   NOT NULL,
    status              VARCHAR(24)  NOT NULL,
    refunded_minor      BIGINT       NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT payment_of_a_booking FOREIGN KEY (booking_id) REFERENCES booking (id),
    CONSTRAINT payment_one_per_booking UNIQUE (booking_id),
    CONSTRAINT payment_checkout_session_unique UNIQUE (checkout_session_id),
    CONSTRAINT payment_amount_not_negative CHECK (amount_minor >= 0),
    CONSTRAINT payment_refunded_within_amount CHECK (refunded_minor >= 0 AND refunded_minor <= amount_minor),
    CONSTRAINT payment_status_known
        CHECK (status IN ('OPEN', 'AWAITING_PAYMENT', 'PAID', 'FAILED', 'EXPIRED')),
    CONSTRAINT payment_checkout_whole CHECK ((checkout_session_id IS NULL AND checkout_url IS NULL
        AND checkout_expires_at IS NULL) OR (checkout_session_id IS NOT NULL AND checkout_url IS NOT NULL
        AND checkout_expires_at IS NOT NULL))
);
CREATE INDEX payment_open_checkouts ON payment (status, checkout_expires_at);

-- Money given back from one payment. A refund the provider refused or could not be reached for stays PENDING with
-- its next attempt, and is retried with the same idempotency key, so it never pays out twice.
CREATE TABLE refund (
    id                 BIGINT PRIMARY KEY,
    payment_id         BIGINT        NOT NULL,
    amount_minor       BIGINT        NOT NULL,
    currency           VARCHAR(3)    NOT NULL,
    reason             VARCHAR(500)  NOT NULL,
    idempotency_key    VARCHAR(255)  NOT NULL,
    provider_refund_id VARCHAR(255),
    status             VARCHAR(24)   NOT NULL,
    attempts           INTEGER       NOT NULL,
    last_error         VARCHAR(1000),
    next_attempt_at    TIMESTAMP WITH TIME ZONE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT refund_of_a_payment FOREIGN KEY (payment_id) REFERENCES payment (id),
    CONSTRAINT refund_amount_positive CHECK (amount_minor > 0),
    CONSTRAINT refund_idempotency_key_unique UNIQUE (idempotency_key),
    CONSTRAINT refund_provider_id_unique UNIQUE (provider_refund_id),
    CONSTRAINT refund_status_known CHECK (status IN ('REQUESTED', 'PENDING', 'SUCCEEDED', 'FAILED')),
    CONSTRAINT refund_attempts_not_negative CHECK (attempts >= 0)
);
CREATE INDEX refund_of_payment ON refund (payment_id);
CREATE INDEX refund_due ON refund (status, next_attempt_at);

-- Each provider event takes effect at most once: its row is written in the same transaction as its effect, and a
-- second delivery (also one running at the same moment) is refused by the unique event id.
CREATE TABLE processed_webhook_event (
    id                BIGINT PRIMARY KEY,
    provider_event_id VARCHAR(255) NOT NULL,
    provider          VARCHAR(32)  NOT NULL,
    kind              VARCHAR(40)  NOT NULL,
    booking_id        BIGINT,
    received_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT processed_webhook_event_once UNIQUE (provider_event_id)
);
