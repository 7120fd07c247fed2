-- Cancellation policies, the terms each booking keeps, moving and closing bookings, stored limits and the admin
-- audit log (issue 13).
-- EclipseLink takes ids in blocks of 50 ending at the sequence's value: starting at 100, the first block is 51 to
-- 100, clear of the seeded Standard policy (id 1) below.
CREATE SEQUENCE cancellation_policy_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE admin_audit_seq START WITH 50 INCREMENT BY 50;

-- A policy's terms, in the same columns a booking copies them into. Only published policies can be chosen for a
-- session type; a policy that is in use is never deleted, only unpublished.
CREATE TABLE cancellation_policy (
    id                        BIGINT PRIMARY KEY,
    policy_name               VARCHAR(80)  NOT NULL,
    terms_free_cancel_minutes BIGINT       NOT NULL,
    terms_refund_tiers        VARCHAR(500) NOT NULL,
    terms_reschedule_minutes  BIGINT       NOT NULL,
    terms_max_reschedules     INTEGER      NOT NULL,
    published                 BOOLEAN      NOT NULL,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    version                   BIGINT       NOT NULL,
    CONSTRAINT cancellation_policy_name_unique UNIQUE (policy_name),
    CONSTRAINT cancellation_policy_notices_within_bounds
        CHECK (terms_free_cancel_minutes BETWEEN 0 AND 525600 AND terms_reschedule_minutes BETWEEN 0 AND 525600),
    CONSTRAINT cancellation_policy_reschedules_within_bounds CHECK (terms_max_reschedules BETWEEN 0 AND 20)
);
-- The site default the first deployment starts with (CancellationTerms.STANDARD): free until 48 h before, half
-- back from 24 h before, moves until 24 h before and twice at most. Its id is below the sequence's first block.
INSERT INTO cancellation_policy (id, policy_name, terms_free_cancel_minutes, terms_refund_tiers,
                                 terms_reschedule_minutes, terms_max_reschedules, published, created_at, updated_at,
                                 version)
VALUES (1, 'Standard', 2880, '1440:50', 1440, 2, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1);

-- The site's booking settings: one row. The default policy is always set; a limit left empty means "not set by an
-- admin": each node then applies its environment's setting or the built-in default, as before this version.
CREATE TABLE booking_settings (
    id                        INTEGER PRIMARY KEY,
    default_policy_id         BIGINT  NOT NULL,
    max_upcoming              INTEGER,
    max_upcoming_with_builder INTEGER,
    holds_per_client          INTEGER,
    hold_cool_down_hours      INTEGER,
    hold_minutes              INTEGER,
    version                   BIGINT  NOT NULL,
    CONSTRAINT booking_settings_one_row CHECK (id = 1),
    CONSTRAINT booking_settings_default_policy FOREIGN KEY (default_policy_id) REFERENCES cancellation_policy (id),
    CONSTRAINT booking_settings_upcoming_within_bounds CHECK (max_upcoming IS NULL OR max_upcoming BETWEEN 1 AND 1000),
    CONSTRAINT booking_settings_upcoming_with_builder_within_bounds CHECK (max_upcoming_with_builder IS NULL
        OR (max_upcoming_with_builder BETWEEN 1 AND 1000
            AND (max_upcoming IS NULL OR max_upcoming_with_builder <= max_upcoming))),
    CONSTRAINT booking_settings_holds_within_bounds CHECK (holds_per_client IS NULL OR holds_per_client BETWEEN 1 AND 100),
    CONSTRAINT booking_settings_cool_down_within_bounds
        CHECK (hold_cool_down_hours IS NULL OR hold_cool_down_hours BETWEEN 0 AND 8760),
    CONSTRAINT booking_settings_hold_within_bounds CHECK (hold_minutes IS NULL OR hold_minutes BETWEEN 1 AND 1440)
);
INSERT INTO booking_settings (id, default_policy_id, version) VALUES (1, 1, 1);

-- A session type's policy; empty means the site default at the moment of booking.
ALTER TABLE session_type ADD COLUMN policy_id BIGINT;
ALTER TABLE session_type ADD CONSTRAINT session_type_policy FOREIGN KEY (policy_id) REFERENCES cancellation_policy (id);

-- The terms a booking was made under, copied from its policy then, so that later edits never change them; bookings
-- made before this version get the Standard terms. How often it was moved, and the builder's note on its outcome.
ALTER TABLE booking ADD COLUMN policy_id BIGINT;
ALTER TABLE booking ADD COLUMN policy_name VARCHAR(80);
ALTER TABLE booking ADD COLUMN terms_free_cancel_minutes BIGINT;
ALTER TABLE booking ADD COLUMN terms_refund_tiers VARCHAR(500);
ALTER TABLE booking ADD COLUMN terms_reschedule_minutes BIGINT;
ALTER TABLE booking ADD COLUMN terms_max_reschedules INTEGER;
ALTER TABLE booking ADD COLUMN reschedule_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE booking ADD COLUMN outcome_note VARCHAR(1000);
UPDATE booking SET policy_id = 1, policy_name = 'Standard', terms_free_cancel_minutes = 2880,
                   terms_refund_tiers = '1440:50', terms_reschedule_minutes = 1440, terms_max_reschedules = 2;
ALTER TABLE booking ALTER COLUMN policy_id SET NOT NULL;
ALTER TABLE booking ALTER COLUMN policy_name SET NOT NULL;
ALTER TABLE booking ALTER COLUMN terms_free_cancel_minutes SET NOT NULL;
ALTER TABLE booking ALTER COLUMN terms_refund_tiers SET NOT NULL;
ALTER TABLE booking ALTER COLUMN terms_reschedule_minutes SET NOT NULL;
ALTER TABLE booking ALTER COLUMN terms_max_reschedules SET NOT NULL;
ALTER TABLE booking ADD CONSTRAINT booking_policy FOREIGN KEY (policy_id) REFERENCES cancellation_policy (id);
ALTER TABLE booking ADD CONSTRAINT booking_moved_within_its_terms
    CHECK (reschedule_count >= 0 AND reschedule_count <= terms_max_reschedules);
-- Only a session that took place, or was missed, has an outcome to note.
ALTER TABLE booking ADD CONSTRAINT booking_outcome_after_the_session
    CHECK (outcome_note IS NULL OR status IN ('COMPLETED', 'NO_SHOW'));
CREATE INDEX booking_status_start ON booking (status, starts_at);
CREATE INDEX booking_client_start ON booking (client_id, starts_at);
-- The admin search without a status: every booking newest first, paged by (starts_at, id).
CREATE INDEX booking_start_id ON booking (starts_at, id);

-- A move keeps the booking and its status; its event says where from and where to, so the old times stay in the
-- booking's history.
ALTER TABLE booking_event ADD COLUMN moved_from TIMESTAMP WITH TIME ZONE;
ALTER TABLE booking_event ADD COLUMN moved_to TIMESTAMP WITH TIME ZONE;
ALTER TABLE booking_event ADD CONSTRAINT booking_event_move_whole
    CHECK ((moved_from IS NULL AND moved_to IS NULL) OR (moved_from IS NOT NULL AND moved_to IS NOT NULL));

-- Every change an admin makes (policies, limits, bookings cancelled as admin): who, what, and the values before and
-- after, as the page shows them.
CREATE TABLE admin_audit (
    id           BIGINT PRIMARY KEY,
    actor        VARCHAR(254)  NOT NULL,
    area         VARCHAR(24)   NOT NULL,
    action       VARCHAR(120)  NOT NULL,
    subject      VARCHAR(200)  NOT NULL,
    before_value VARCHAR(4000),
    after_value  VARCHAR(4000),
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT admin_audit_area_known CHECK (area IN ('POLICY', 'LIMITS', 'BOOKING'))
);
CREATE INDEX admin_audit_area_at ON admin_audit (area, at);
