package com.buildappswith.booking.scheduling.application;

/** How a session that ended went, as its builder records it. */
public enum SessionOutcome {
    COMPLETED, NO_SHOW
}
