package com.buildappswith.booking.profile.model;

/** The start-up step that gave an account its sign-in; accounts people registered or imports made have none. */
public enum ProvisionedBy {
    /** The administrator named by {@code BOOKING_ADMIN_EMAIL}, created by the start-up because it was missing. */
    ADMIN_SETTING,
    /** A documented demo sign-in, whose password is public: it opens the account only while demo data is on. */
    DEMO_DATA
}
