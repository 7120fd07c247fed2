package com.buildappswith.booking.policy.model;

/** What part of the admin console an audited change was made in. */
public enum AuditArea {
    POLICY, LIMITS, BOOKING,
    /** The outbox: a message sent again. */
    NOTIFICATION,
    /** The scheduled jobs: a run started or restarted by hand. */
    JOBS
}
