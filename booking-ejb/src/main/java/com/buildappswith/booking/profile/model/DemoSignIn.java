package com.buildappswith.booking.profile.model;

/** Whether the public demo password opens a demo account, after the start-up with demo data on has seen to it. */
public enum DemoSignIn {
    /** It does. */
    OPENS,
    /** An admin deactivated the account; the start-up leaves it so. */
    DEACTIVATED,
    /** The account has a sign-in of its own (someone registered that email, or it is the configured administrator). */
    NOT_THE_DEMOS
}
