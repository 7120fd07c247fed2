package com.buildappswith.booking.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What people may not do is refused in the browser, with a page that says so. */
@ExtendWith(Browser.class)
class ForbiddenActionsBrowserIT {

    @Test
    void clientCannotOpenTheAdminConsole(Browser browser) {
        SignIn.as(browser, SignIn.DEMO_CLIENT, SignIn.DEMO_PASSWORD);

        browser.open("/admin/users.xhtml");
        browser.screenshot("admin-as-client");

        assertThat(browser.heading()).isEqualTo("Not allowed");
        assertThat(browser.pageText()).doesNotContain("Deactivate");
    }

    @Test
    void clientCannotOpenBuilderPages(Browser browser) {
        SignIn.as(browser, SignIn.DEMO_CLIENT, SignIn.DEMO_PASSWORD);

        browser.open("/builder/profile.xhtml");

        assertThat(browser.heading()).isEqualTo("Not allowed");
    }

    @Test
    void anonymousVisitorIsSentToSignInAndComesBackAfterwards(Browser browser) {
        browser.open("/builder/profile.xhtml");

        assertThat(browser.path()).isEqualTo("/login.xhtml");
        browser.type("login:email", SignIn.DEMO_BUILDER);
        browser.type("login:password", SignIn.DEMO_PASSWORD);
        browser.click("login:sign-in");

        assertThat(browser.path()).isEqualTo("/builder/profile.xhtml");
        assertThat(browser.heading()).isEqualTo("My builder profile");
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer(Browser browser) {
        SignIn.as(browser, SignIn.DEMO_CLIENT, "not the password");
        browser.screenshot("sign-in-refused");
        String wrongPassword = browser.driver().findElement(By.id("login:errors")).getText();
        SignIn.as(browser, "nobody-" + UUID.randomUUID() + "@example.com", "not the password");
        String unknownEmail = browser.driver().findElement(By.id("login:errors")).getText();
        browser.screenshot("sign-in-refused");

        assertThat(wrongPassword).isEqualTo(unknownEmail).contains("Email or password is incorrect.");
    }

    @Test
    void deactivatedAccountIsSignedOutAtOnceAndCannotSignInAgain(Browser admin, Browser person) {
        String email = "leaving-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String password = "a long enough password";
        person.open("/register.xhtml");
        person.type("registration:email", email);
        person.type("registration:displayName", "Leaving soon");
        person.type("registration:password", password);
        person.click("registration:register");
        SignIn.as(person, email, password);
        assertThat(person.driver().findElement(By.id("signed-in-as")).getText()).isEqualTo(email);

        SignIn.as(admin, SignIn.DEMO_ADMIN, SignIn.DEMO_PASSWORD);
        admin.open("/admin/users.xhtml");
        admin.type("users:query", email);
        // The unfiltered list may already show this account: wait for the search to replace it, or the click below
        // may land on a button that the update has just removed.
        WebElement unfiltered = admin.driver().findElement(By.id("users:accounts"));
        admin.clickInPlace("users:search");
        new WebDriverWait(admin.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(unfiltered));
        admin.waitForText("Leaving soon");
        admin.driver().findElement(By.cssSelector("#users\\:accounts button.deactivate")).click();
        AdminConsole.confirmInPlace(admin);
        admin.waitForText("is deactivated and signed out everywhere");
        admin.screenshot("admin-deactivated-user");

        person.open("/register.xhtml");
        person.screenshot("deactivated-user-signed-out");
        assertThat(person.path()).isEqualTo("/login.xhtml");
        assertThat(person.pageText()).contains("This account has been deactivated.");
        SignIn.as(person, email, password);
        assertThat(person.pageText()).contains("Email or password is incorrect.");
        person.screenshot("deactivated-user-refused");
    }

    @Test
    void registrationExplainsEachProblemBesideItsField(Browser browser) {
        browser.open("/register.xhtml");
        browser.type("registration:email", SignIn.DEMO_CLIENT.toUpperCase());
        browser.type("registration:displayName", "x".repeat(20));
        browser.type("registration:password", "short");
        browser.click("registration:register");
        browser.screenshot("registration-problems");

        assertThat(browser.driver().findElement(By.id("registration:password")).findElement(By.xpath(".."))
                .getText() + browser.pageText()).contains("Use at least 10 characters.");

        browser.type("registration:password", "a perfectly fine password");
        browser.click("registration:register");
        assertThat(browser.pageText()).contains("An account with this email already exists.");
    }
}
