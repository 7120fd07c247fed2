-- The database keeps the rules of the model too, so that a row written past the application (by hand, by an old
-- version, by a bug) is refused where it is written instead of failing every later read of its builder. The bounds
-- are those of scheduling.model.SlotRules; every constraint is named, so that a refusal names the rule it broke.

-- Earlier versions let the API store rules the form refused (a 1-minute step, an unbounded horizon, notice or
-- capacity): such types are brought within the bounds first, nearest bound, so that the migration succeeds on them.
UPDATE session_type SET buffer_before_minutes = LEAST(GREATEST(buffer_before_minutes, 0), 240),
                        buffer_after_minutes = LEAST(GREATEST(buffer_after_minutes, 0), 240),
                        minimum_notice_minutes = LEAST(GREATEST(minimum_notice_minutes, 0), 10080),
                        horizon_days = LEAST(GREATEST(horizon_days, 1), 365),
                        step_minutes = LEAST(GREATEST(step_minutes, 5), 480),
                        capacity = LEAST(GREATEST(capacity, 1), 100);
-- Apart, because PostgreSQL's GREATEST skips a NULL (no daily cap) where H2's returns NULL.
UPDATE session_type SET max_per_day = LEAST(GREATEST(max_per_day, 1), 100) WHERE max_per_day IS NOT NULL;

ALTER TABLE session_type ADD CONSTRAINT session_type_buffers_within_bounds
    CHECK (buffer_before_minutes BETWEEN 0 AND 240 AND buffer_after_minutes BETWEEN 0 AND 240);
ALTER TABLE session_type ADD CONSTRAINT session_type_notice_within_bounds
    CHECK (minimum_notice_minutes BETWEEN 0 AND 10080);
ALTER TABLE session_type ADD CONSTRAINT session_type_horizon_within_bounds CHECK (horizon_days BETWEEN 1 AND 365);
ALTER TABLE session_type ADD CONSTRAINT session_type_step_within_bounds CHECK (step_minutes BETWEEN 5 AND 480);
ALTER TABLE session_type ADD CONSTRAINT session_type_capacity_within_bounds CHECK (capacity BETWEEN 1 AND 100);
ALTER TABLE session_type ADD CONSTRAINT session_type_daily_cap_within_bounds
    CHECK (max_per_day IS NULL OR max_per_day BETWEEN 1 AND 100);
-- The target of booking_with_the_builder_of_its_session_type below.
ALTER TABLE session_type ADD CONSTRAINT session_type_of_one_builder UNIQUE (id, builder_id);

ALTER TABLE weekly_availability ADD CONSTRAINT weekly_availability_day_known
    CHECK (day_of_week IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'));
ALTER TABLE weekly_availability ADD CONSTRAINT weekly_availability_valid_from_before_until
    CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_from <= valid_until);

-- OVERRIDE: a date, and either no hours (closed) or both ends, the end after the start or at midnight (00:00, what
-- a person writes as 24:00). TIME_OFF: two instants, the first before the second, and nothing of an override.
ALTER TABLE availability_exception ADD CONSTRAINT availability_exception_kind_known
    CHECK (kind IN ('OVERRIDE', 'TIME_OFF'));
ALTER TABLE availability_exception ADD CONSTRAINT availability_exception_override_has_a_date_and_both_ends
    CHECK (kind <> 'OVERRIDE' OR (override_date IS NOT NULL AND starts_at IS NULL AND ends_at IS NULL
        AND ((start_time IS NULL AND end_time IS NULL) OR (start_time IS NOT NULL AND end_time IS NOT NULL))));
ALTER TABLE availability_exception ADD CONSTRAINT availability_exception_override_starts_before_it_ends
    CHECK (start_time IS NULL OR end_time IS NULL OR start_time < end_time OR end_time = TIME '00:00:00');
ALTER TABLE availability_exception ADD CONSTRAINT availability_exception_time_off_has_both_instants
    CHECK (kind <> 'TIME_OFF' OR (starts_at IS NOT NULL AND ends_at IS NOT NULL AND override_date IS NULL
        AND start_time IS NULL AND end_time IS NULL));
ALTER TABLE availability_exception ADD CONSTRAINT availability_exception_time_off_starts_before_it_ends
    CHECK (starts_at IS NULL OR ends_at IS NULL OR starts_at < ends_at);

-- The code never wrote a hold without its expiry; should one exist, it lapses as the hold it was (15 minutes).
UPDATE booking SET hold_expires_at = created_at + INTERVAL '15' MINUTE
WHERE status = 'HELD' AND hold_expires_at IS NULL;

ALTER TABLE booking ADD CONSTRAINT booking_status_known
    CHECK (status IN ('HELD', 'CONFIRMED', 'CANCELLED_BY_CLIENT', 'CANCELLED_BY_BUILDER', 'EXPIRED', 'COMPLETED',
        'NO_SHOW'));
ALTER TABLE booking ADD CONSTRAINT booking_held_until_its_hold_expires
    CHECK (status <> 'HELD' OR hold_expires_at IS NOT NULL);
-- The window queries of JpaBookingRepository look back from a window's start by the longest session plus both
-- longest buffers (480 + 2 x 240 minutes) and so would miss a booking that occupied longer.
ALTER TABLE booking ADD CONSTRAINT booking_occupies_at_most_the_longest_session
    CHECK (occupied_until <= occupied_from + INTERVAL '960' MINUTE);
ALTER TABLE booking ADD CONSTRAINT booking_with_the_builder_of_its_session_type
    FOREIGN KEY (session_type_id, builder_id) REFERENCES session_type (id, builder_id);

ALTER TABLE booking_event ADD CONSTRAINT booking_event_statuses_known
    CHECK ((from_status IS NULL OR from_status IN ('HELD', 'CONFIRMED', 'CANCELLED_BY_CLIENT', 'CANCELLED_BY_BUILDER',
        'EXPIRED', 'COMPLETED', 'NO_SHOW'))
        AND to_status IN ('HELD', 'CONFIRMED', 'CANCELLED_BY_CLIENT', 'CANCELLED_BY_BUILDER', 'EXPIRED', 'COMPLETED',
        'NO_SHOW'));
