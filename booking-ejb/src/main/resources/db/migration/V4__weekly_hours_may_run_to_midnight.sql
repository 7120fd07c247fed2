-- Weekly hours may run to midnight: an end of 00:00 means the end of the day (what a person writes as 24:00), so
-- "20:00-24:00" can be stored. The table is rebuilt because its CHECK was created without a name, which differs
-- between PostgreSQL and H2; the rebuild is the same SQL on both.
ALTER TABLE weekly_availability RENAME TO weekly_availability_before_v4;

CREATE TABLE weekly_availability (
    id          BIGINT PRIMARY KEY,
    builder_id  BIGINT     NOT NULL REFERENCES builder_profile (id),
    day_of_week VARCHAR(9) NOT NULL,
    start_time  TIME       NOT NULL,
    end_time    TIME       NOT NULL,
    valid_from  DATE,
    valid_until DATE,
    CONSTRAINT weekly_availability_starts_before_it_ends CHECK (start_time < end_time OR end_time = TIME '00:00:00')
);

INSERT INTO weekly_availability (id, builder_id, day_of_week, start_time, end_time, valid_from, valid_until)
SELECT id, builder_id, day_of_week, start_time, end_time, valid_from, valid_until FROM weekly_availability_before_v4;

DROP TABLE weekly_availability_before_v4;

CREATE INDEX weekly_availability_builder ON weekly_availability (builder_id);
