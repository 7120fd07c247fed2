package com.buildappswith.booking.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole story of a new builder, in a real browser: register, sign in, apply, get approved by an admin,
 * edit and publish the profile, and be found in the directory.
 */
@ExtendWith(Browser.class)
class BecomingABuilderBrowserIT {

    private static final String PASSWORD = "correct horse battery";

    @Test
    void newPersonRegistersAppliesIsApprovedPublishesAndIsFound(Browser browser) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String email = "newbuilder-" + run + "@example.com";
        String name = "Nadia " + run;

        browser.open("/register.xhtml");
        browser.type("registration:email", email);
        browser.type("registration:displayName", name);
        browser.type("registration:password", PASSWORD);
        browser.select("registration:timezone", "Asia/Kolkata");
        browser.screenshot("register");
        browser.click("registration:register");
        assertThat(browser.pageText()).contains("Your account is ready. Sign in to continue.");

        SignIn.as(browser, email.toUpperCase(), PASSWORD);
        assertThat(browser.driver().findElement(By.id("signed-in-as")).getText()).isEqualTo(email);

        browser.clickAndWait(browser.driver().findElement(By.linkText("Become a builder")));
        browser.type("apply:displayName", name);
        browser.type("apply:headline", "Rust and <b>WebAssembly</b> for the browser");
        browser.type("apply:bio", "Line one.\nLine two with <script>alert('x')</script>.");
        browser.type("apply:expertise", "Rust, WebAssembly-" + run);
        browser.select("apply:timezone", "Asia/Kolkata");
        browser.click("apply:submit-application");
        assertThat(browser.driver().findElement(By.id("application-status")).getText())
                .contains("waiting for review");
        browser.screenshot("application-submitted");
        SignIn.out(browser);

        SignIn.as(browser, SignIn.DEMO_ADMIN, SignIn.DEMO_PASSWORD);
        browser.clickAndWait(browser.driver().findElement(By.linkText("Admin console")));
        browser.clickAndWait(browser.driver().findElement(By.linkText("Builder applications")));
        browser.screenshot("applications-to-review");
        AdminConsole.row(browser, "applications:pending", name).findElement(By.cssSelector("button.approve")).click();
        assertThat(AdminConsole.question(browser)).contains(name).contains(email);
        AdminConsole.confirmInPlace(browser);
        browser.waitForText(name + " is now a builder");
        browser.screenshot("application-approved");
        SignIn.out(browser);

        SignIn.as(browser, email, PASSWORD);
        browser.clickAndWait(browser.driver().findElement(By.linkText("My profile")));
        assertThat(browser.driver().findElement(By.id("profile:headline")).getAttribute("value"))
                .isEqualTo("Rust and <b>WebAssembly</b> for the browser");
        browser.driver().findElement(By.cssSelector("#profile\\:published .ui-chkbox-box")).click();
        browser.click("profile:save-profile");
        assertThat(browser.pageText()).contains("Saved. Your profile is public.");
        browser.screenshot("profile-published");

        browser.open("/?expertise=webassembly-" + run);
        DirectoryPage directory = new DirectoryPage(browser);
        assertThat(directory.builderNames()).containsExactly(name);
        BuilderProfilePage page = directory.openBuilder(name);
        assertThat(page.profileText())
                .contains("Rust and <b>WebAssembly</b> for the browser")
                .contains("Line two with <script>alert('x')</script>.");
        assertThat(browser.driver().getPageSource()).doesNotContain("<script>alert('x')</script>");
        browser.screenshot("published-builder-page");

        browser.open("/?name=" + run);
        assertThat(new DirectoryPage(browser).builderNames()).containsExactly(name);
    }
}
