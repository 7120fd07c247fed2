package com.buildappswith.booking.browser;

/** Signing in and out through the pages, as a person does. */
final class SignIn {

    static final String DEMO_PASSWORD = "demo-booking-2026";
    static final String DEMO_ADMIN = "admin@demo.buildappswith.com";
    static final String DEMO_CLIENT = "client@demo.buildappswith.com";
    static final String DEMO_BUILDER = "ada@demo.buildappswith.com";

    private SignIn() {
    }

    static void as(Browser browser, String email, String password) {
        browser.open("/login.xhtml");
        browser.type("login:email", email);
        browser.type("login:password", password);
        browser.click("login:sign-in");
    }

    static void out(Browser browser) {
        browser.click("sign-out");
    }
}
