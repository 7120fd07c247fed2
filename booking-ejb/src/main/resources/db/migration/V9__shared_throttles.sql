-- The sign-in and registration throttles' state, shared by every node (issue 15): before, each node kept it in its
-- memory, so N nodes gave an attacker N times the attempts. One row per throttled key: an account or a client address
-- for sign-in, a client address for registration. The key is stored only as a SHA-256 digest (no email or address
-- in clear); state is the throttle's own compact text (profile.model), which only the throttle reads. Every change is
-- one UPDATE conditioned on the version read, so nodes racing on one key each see the other's attempt.
-- forget_at: from then on the row says nothing any more, and the deadlines job deletes it. The defaults make the
-- empty row a key starts from, which a node creates (unless it exists) before changing it.
CREATE TABLE throttle (
    scope      VARCHAR(20)    NOT NULL,
    key_digest VARCHAR(64)    NOT NULL,
    state      VARCHAR(15000) DEFAULT '' NOT NULL,
    version    BIGINT         DEFAULT 0 NOT NULL,
    forget_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (scope, key_digest),
    CONSTRAINT throttle_scope_known CHECK (scope IN ('SIGN_IN_ACCOUNT', 'SIGN_IN_ADDRESS', 'REGISTRATION'))
);
CREATE INDEX throttle_forget_at ON throttle (forget_at);
