-- Written in the SQL that PostgreSQL and H2 share. Sequences start at their increment because EclipseLink
-- pre-allocates ids in blocks of 50 (allocationSize) and refuses a sequence that does not match.

CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE builder_profile_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE session_type_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE weekly_availability_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account (
    id               BIGINT PRIMARY KEY,
    email            VARCHAR(254) NOT NULL,
    email_normalized VARCHAR(254) NOT NULL UNIQUE,
    display_name     VARCHAR(100) NOT NULL,
    timezone         VARCHAR(64)  NOT NULL,
    active           BOOLEAN      NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT       NOT NULL
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL REFERENCES account (id),
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE TABLE builder_profile (
    id         BIGINT PRIMARY KEY,
    account_id BIGINT        NOT NULL UNIQUE REFERENCES account (id),
    headline   VARCHAR(160)  NOT NULL,
    bio        VARCHAR(4000) NOT NULL,
    timezone   VARCHAR(64)   NOT NULL,
    published  BOOLEAN       NOT NULL,
    version    BIGINT        NOT NULL
);

CREATE TABLE builder_expertise (
    builder_id BIGINT      NOT NULL REFERENCES builder_profile (id),
    position   INTEGER     NOT NULL,
    tag        VARCHAR(40) NOT NULL,
    PRIMARY KEY (builder_id, position)
);

CREATE TABLE session_type (
    id               BIGINT PRIMARY KEY,
    builder_id       BIGINT        NOT NULL REFERENCES builder_profile (id),
    name             VARCHAR(80)   NOT NULL,
    description      VARCHAR(2000) NOT NULL,
    duration_minutes INTEGER       NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
    price_minor      BIGINT CHECK (price_minor > 0),
    price_currency   VARCHAR(3),
    active           BOOLEAN       NOT NULL,
    version          BIGINT        NOT NULL,
    CHECK ((price_minor IS NULL) = (price_currency IS NULL))
);
CREATE INDEX session_type_builder ON session_type (builder_id);

CREATE TABLE weekly_availability (
    id          BIGINT PRIMARY KEY,
    builder_id  BIGINT     NOT NULL REFERENCES builder_profile (id),
    day_of_week VARCHAR(9) NOT NULL,
    start_time  TIME       NOT NULL,
    end_time    TIME       NOT NULL,
    CHECK (start_time < end_time)
);
CREATE INDEX weekly_availability_builder ON weekly_availability (builder_id);
