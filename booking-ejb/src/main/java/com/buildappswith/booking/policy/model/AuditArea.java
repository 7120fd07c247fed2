package com.buildappswith.booking.policy.model;

/** What part of the admin console an audited change was made in. */
public enum AuditArea {
    POLICY, LIMITS, BOOKING
}
