-- Notifications and jobs (issue 14): the outbox of mail written with each booking change, in-app notifications,
-- the once-per-booking notices (reminders, the end of free cancellation), and the jobs' lease rows and run history.
CREATE SEQUENCE outbox_message_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE job_run_seq START WITH 50 INCREMENT BY 50;

-- One email to one recipient, written in the transaction of the change it tells about and sent later by the
-- outbox job. The Message-ID is fixed when the row is written, so a retry after an unknown outcome sends the same
-- message again rather than a different one. claimed_by/claimed_until mark a message a node is sending now.
CREATE TABLE outbox_message (
    id              BIGINT PRIMARY KEY,
    kind            VARCHAR(40)   NOT NULL,
    booking_id      BIGINT REFERENCES booking (id),
    recipient_id    BIGINT REFERENCES account (id),
    recipient_email VARCHAR(254)  NOT NULL,
    recipient_name  VARCHAR(120)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    text_body       TEXT          NOT NULL,
    html_body       TEXT          NOT NULL,
    ics             TEXT,
    ics_method      VARCHAR(10),
    message_id      VARCHAR(254)  NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(1000),
    claimed_by      VARCHAR(200),
    claimed_until   TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    version         BIGINT        NOT NULL,
    CONSTRAINT outbox_message_id_unique UNIQUE (message_id),
    CONSTRAINT outbox_message_status_known CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    CONSTRAINT outbox_message_attempts_positive CHECK (attempts >= 0),
    CONSTRAINT outbox_message_ics_whole CHECK ((ics IS NULL) = (ics_method IS NULL)),
    CONSTRAINT outbox_message_ics_method_known CHECK (ics_method IS NULL OR ics_method IN ('REQUEST', 'CANCEL'))
);
CREATE INDEX outbox_message_due ON outbox_message (status, next_attempt_at);
CREATE INDEX outbox_message_booking ON outbox_message (booking_id);
CREATE INDEX outbox_message_created ON outbox_message (created_at, id);

-- An in-app notification: only its recipient reads it.
CREATE TABLE notification (
    id           BIGINT PRIMARY KEY,
    recipient_id BIGINT       NOT NULL REFERENCES account (id),
    kind         VARCHAR(40)  NOT NULL,
    booking_id   BIGINT REFERENCES booking (id),
    text         VARCHAR(500) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notification_recipient_created ON notification (recipient_id, created_at, id);
CREATE INDEX notification_recipient_unread ON notification (recipient_id, read_at);

-- The notices a booking gets at most once for one start time: the reminders before it and the note that free
-- cancellation has ended. The key is what makes a second run, or a second node, write nothing twice; a booking
-- moved to another time can be reminded of its new start.
CREATE TABLE booking_notice (
    booking_id BIGINT      NOT NULL REFERENCES booking (id),
    kind       VARCHAR(40) NOT NULL,
    starts_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    written_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (booking_id, kind, starts_at)
);

-- One row per scheduled job: the node that runs it holds the lease until the time given, renews it while it works
-- and gives it back at the end. Taken by one UPDATE ... WHERE until < now OR owner = me, so on any number of nodes,
-- of either vendor, one runs the job at a time.
CREATE TABLE job_lease (
    job_name VARCHAR(40) PRIMARY KEY,
    owner    VARCHAR(200),
    until    TIMESTAMP WITH TIME ZONE
);
INSERT INTO job_lease (job_name) VALUES ('REMINDERS');
INSERT INTO job_lease (job_name) VALUES ('DEADLINES');
INSERT INTO job_lease (job_name) VALUES ('OUTBOX');

-- The application's own history of job runs, which the admin console shows whatever server ran them (Payara keeps
-- its batch repository per instance, WildFly in memory). checkpoint is the job's own position to resume from.
CREATE TABLE job_run (
    id           BIGINT PRIMARY KEY,
    job_name     VARCHAR(40)  NOT NULL,
    node         VARCHAR(200) NOT NULL,
    started_by   VARCHAR(254) NOT NULL,
    execution_id BIGINT,
    restart_of   BIGINT REFERENCES job_run (id),
    status       VARCHAR(16)  NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at     TIMESTAMP WITH TIME ZONE,
    read_count   INTEGER      NOT NULL,
    written_count INTEGER     NOT NULL,
    skipped_count INTEGER     NOT NULL,
    exit_status  VARCHAR(500),
    checkpoint   VARCHAR(200),
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT job_run_name_known CHECK (job_name IN ('REMINDERS', 'DEADLINES', 'OUTBOX')),
    CONSTRAINT job_run_status_known CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED', 'ABANDONED'))
);
CREATE INDEX job_run_name_started ON job_run (job_name, started_at, id);

-- Refunds the provider reported failed (issue 13): each is asked for again under a new idempotency key (the refund's
-- own key plus "-retry-N", N provider refunds having failed before), and after three such failures it is FAILED and
-- an admin is to act.
ALTER TABLE refund ADD COLUMN provider_failures INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE refund ADD CONSTRAINT refund_provider_failures_not_negative CHECK (provider_failures >= 0);
CREATE INDEX refund_needing_attention ON refund (status, updated_at);

-- A move must not reset the cancellation clock (issue 13): refunds and the free-cancellation deadline count to the
-- earlier of a booking's first start and its current one, so the first start is kept. Bookings moved before this
-- version take the start their first move left; the others their current start.
ALTER TABLE booking ADD COLUMN first_starts_at TIMESTAMP WITH TIME ZONE;
UPDATE booking SET first_starts_at = COALESCE(
    (SELECT moved.moved_from FROM booking_event moved
     WHERE moved.id = (SELECT MIN(first_move.id) FROM booking_event first_move
                       WHERE first_move.booking_id = booking.id AND first_move.moved_from IS NOT NULL)),
    starts_at);
ALTER TABLE booking ALTER COLUMN first_starts_at SET NOT NULL;

-- The admin console's outbox and jobs pages (issue 14): an admin's retry of a message and start of a job are audited
-- like the other admin changes, under areas of their own.
ALTER TABLE admin_audit DROP CONSTRAINT admin_audit_area_known;
ALTER TABLE admin_audit ADD CONSTRAINT admin_audit_area_known
    CHECK (area IN ('POLICY', 'LIMITS', 'BOOKING', 'NOTIFICATION', 'JOBS'));
