package com.buildappswith.booking.profile.application;

import java.util.List;

/**
 * The sign-ins that come with the demo data, shown on the sign-in page while demo data is on and never
 * created otherwise.
 */
public final class DemoAccounts {

    public static final String PASSWORD = "demo-booking-2026";
    public static final String ADMIN = "admin@demo.buildappswith.com";
    public static final String CLIENT = "client@demo.buildappswith.com";
    /** A demo builder (from the demo import file) who can sign in and edit their profile. */
    public static final String BUILDER = "ada@demo.buildappswith.com";

    public static final List<String> ALL = List.of(ADMIN, CLIENT, BUILDER);

    private DemoAccounts() {
    }
}
