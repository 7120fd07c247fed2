package com.buildappswith.booking.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Normal use leaves nothing in the server log that an operator would have to look into: a registration whose
 * message follows its redirect, and a builder's availability change whose message shows on the page it renders
 * (a flash kept there made Mojarra log JSF1095 for every change). And a form's text arrives as typed: a filter that
 * read a posted form's parameters before Faces set the request's encoding made Payara log AS-WEB-CORE-00059 and
 * decode the text as ISO-8859-1.
 */
@ExtendWith(Browser.class)
class CleanLogBrowserIT {

    @Test
    void registeringAndChangingAvailabilityLogNothingWorthInvestigating(Browser browser) throws Exception {
        ServerLog log = ServerLog.fromNow();
        String email = "clean-log-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        browser.open("/register.xhtml");
        browser.type("registration:email", email);
        browser.type("registration:displayName", "Clean log");
        browser.type("registration:password", "a long enough password");
        browser.click("registration:register");
        assertThat(browser.path()).isEqualTo("/login.xhtml");
        assertThat(browser.pageText()).contains("Your account is ready. Sign in to continue.");

        SignIn.as(browser, SignIn.DEMO_BUILDER, SignIn.DEMO_PASSWORD);
        AvailabilityEditorPage availability = AvailabilityEditorPage.open(browser);
        // Far beyond any session type's horizon, so that no other test's slots change.
        availability.takeDayOff(LocalDate.now(ZoneId.of("America/New_York")).plusDays(400), "Log check");
        assertThat(browser.pageText()).contains("Time off added.");
        browser.screenshot("clean-log-availability-changed");

        assertThat(log.worthInvestigating()).isEmpty();
    }

    @Test
    void aNameTypedInAnyScriptIsTheNameTheAccountKeeps(Browser browser) throws Exception {
        ServerLog log = ServerLog.fromNow();
        String email = "script-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String name = "Zoë Ångström-Łukasz 東京";
        browser.open("/register.xhtml");
        browser.type("registration:email", email);
        browser.type("registration:displayName", name);
        browser.type("registration:password", "a long enough password");
        browser.click("registration:register");
        assertThat(browser.path()).isEqualTo("/login.xhtml");

        SignIn.as(browser, email, "a long enough password");
        browser.open("/api/me");

        assertThat(browser.pageText()).contains("\"displayName\":\"" + name + "\"");
        assertThat(log.worthInvestigating()).isEmpty();
    }
}
