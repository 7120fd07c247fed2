-- Session types get the rules the slot engine needs; availability gets validity and exceptions; bookings and their
-- audit trail arrive. Instants are TIMESTAMP WITH TIME ZONE; local times exist only in the availability rules.

ALTER TABLE session_type ADD COLUMN buffer_before_minutes INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE session_type ADD COLUMN buffer_after_minutes INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE session_type ADD COLUMN minimum_notice_minutes INTEGER DEFAULT 240 NOT NULL;
ALTER TABLE session_type ADD COLUMN horizon_days INTEGER DEFAULT 60 NOT NULL;
ALTER TABLE session_type ADD COLUMN step_minutes INTEGER DEFAULT 30 NOT NULL;
ALTER TABLE session_type ADD COLUMN capacity INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE session_type ADD COLUMN max_per_day INTEGER;

ALTER TABLE weekly_availability ADD COLUMN valid_from DATE;
ALTER TABLE weekly_availability ADD COLUMN valid_until DATE;

CREATE SEQUENCE availability_exception_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE booking_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE booking_event_seq START WITH 50 INCREMENT BY 50;

-- OVERRIDE: on override_date the builder works start_time..end_time instead of the weekly hours (several rows
-- for several ranges; one row without times closes the day). TIME_OFF: unavailable from starts_at to ends_at.
CREATE TABLE availability_exception (
    id            BIGINT PRIMARY KEY,
    builder_id    BIGINT      NOT NULL REFERENCES builder_profile (id),
    kind          VARCHAR(10) NOT NULL,
    override_date DATE,
    start_time    TIME,
    end_time      TIME,
    starts_at     TIMESTAMP WITH TIME ZONE,
    ends_at       TIMESTAMP WITH TIME ZONE,
    note          VARCHAR(200)
);
CREATE INDEX availability_exception_builder ON availability_exception (builder_id);

CREATE TABLE booking (
    id              BIGINT PRIMARY KEY,
    builder_id      BIGINT        NOT NULL REFERENCES builder_profile (id),
    client_id       BIGINT        NOT NULL REFERENCES account (id),
    session_type_id BIGINT        NOT NULL REFERENCES session_type (id),
    starts_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    occupied_from   TIMESTAMP WITH TIME ZONE NOT NULL,
    occupied_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    single_client   BOOLEAN       NOT NULL,
    client_timezone VARCHAR(64)   NOT NULL,
    purpose         VARCHAR(500)  NOT NULL,
    notes           VARCHAR(2000) NOT NULL,
    status          VARCHAR(24)   NOT NULL,
    hold_expires_at TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    CHECK (starts_at < ends_at),
    CHECK (occupied_from <= starts_at AND ends_at <= occupied_until)
);
CREATE INDEX booking_builder_time ON booking (builder_id, occupied_from);
CREATE INDEX booking_client_status ON booking (client_id, status);

CREATE TABLE booking_event (
    id          BIGINT PRIMARY KEY,
    booking_id  BIGINT       NOT NULL REFERENCES booking (id),
    from_status VARCHAR(24),
    to_status   VARCHAR(24)  NOT NULL,
    actor       VARCHAR(254) NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX booking_event_booking ON booking_event (booking_id);
