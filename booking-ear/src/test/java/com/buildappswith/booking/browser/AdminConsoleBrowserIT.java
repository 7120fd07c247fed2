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

/**
 * The admin console acts on the person a row showed, even when the list changed between showing and clicking, and
 * asks before it changes anyone's account.
 */
@ExtendWith(Browser.class)
class AdminConsoleBrowserIT {

    private static final String PASSWORD = "correct horse battery";

    private final ApiClient api = new ApiClient();

    @Test
    void approvesThePersonShownEvenWhenANewApplicationTookTheirRow(Browser admin, Browser applicants)
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String shown = "Zora " + run;
        String newcomer = "Aaron " + run;
        apply(applicants, "zora-" + run + "@example.com", shown, run);

        SignIn.as(admin, SignIn.DEMO_ADMIN, SignIn.DEMO_PASSWORD);
        admin.open("/admin/builders.xhtml");
        WebElement approve = AdminConsole.row(admin, "applications:pending", shown)
                .findElement(By.cssSelector("button.approve"));
        admin.screenshot("admin-applications-before-a-newcomer");

        // Sorted by name, the newcomer's application comes before the one on the admin's screen.
        apply(applicants, "aaron-" + run + "@example.com", newcomer, run);
        approve.click();
        assertThat(AdminConsole.question(admin)).isEqualTo(
                "Make " + shown + " (zora-" + run + "@example.com) a builder?");
        admin.screenshot("admin-approve-confirmation");
        AdminConsole.confirmInPlace(admin);
        admin.waitForText(" is now a builder");

        assertThat(admin.driver().findElement(By.id("messages")).getText()).contains(shown + " is now a builder");
        assertThat(table(admin, "applications:pending")).contains(newcomer).doesNotContain(shown);
        assertThat(table(admin, "builders:approved")).contains(shown).doesNotContain(newcomer);
        assertThat(AdminConsole.row(admin, "applications:pending", newcomer).getText())
                .contains("Testing, Selenium").doesNotContain("[");
        admin.screenshot("admin-approved-the-person-shown");
    }

    @Test
    void showsRolesAsWordsAndChangesTheAccountShownOnlyOnceConfirmed(Browser admin) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String shown = "mid-" + run + "@example.com";
        api.register(shown, "Mid " + run, PASSWORD, "Europe/London");

        SignIn.as(admin, SignIn.DEMO_ADMIN, SignIn.DEMO_PASSWORD);
        admin.open("/admin/users.xhtml");
        search(admin, run);
        assertThat(roles(admin, shown)).isEqualTo("Client");
        WebElement makeBuilder = AdminConsole.row(admin, "users:accounts", shown)
                .findElement(By.cssSelector("button.toggle-builder"));

        // Sorted by email, the newcomer's account comes before the one on the admin's screen.
        String newcomer = "aaa-" + run + "@example.com";
        api.register(newcomer, "Aaa " + run, PASSWORD, "Europe/London");
        makeBuilder.click();
        assertThat(AdminConsole.question(admin)).isEqualTo("Make " + shown + " a builder?");
        admin.screenshot("admin-make-builder-confirmation");
        AdminConsole.decline(admin);
        assertThat(roles(admin, shown)).isEqualTo("Client");

        makeBuilder.click();
        AdminConsole.confirmInPlace(admin);
        admin.waitForText(shown + " now has the roles Client, Builder.");
        search(admin, run);
        assertThat(roles(admin, shown)).isEqualTo("Client, Builder");
        assertThat(roles(admin, newcomer)).isEqualTo("Client");
        admin.screenshot("admin-roles-in-words");

        AdminConsole.row(admin, "users:accounts", shown).findElement(By.cssSelector("button.deactivate")).click();
        assertThat(AdminConsole.question(admin)).startsWith("Deactivate " + shown + "?");
        admin.screenshot("admin-deactivate-confirmation");
        AdminConsole.decline(admin);
        assertThat(AdminConsole.row(admin, "users:accounts", shown).getText()).contains("Active");
    }

    /** A new client, registered through the API, who applies to become a builder on the page. */
    private void apply(Browser browser, String email, String name, String run) throws Exception {
        api.register(email, name, PASSWORD, "Asia/Kolkata");
        SignIn.as(browser, email, PASSWORD);
        browser.open("/account/apply.xhtml");
        browser.type("apply:displayName", name);
        browser.type("apply:headline", "Builds things " + run);
        browser.type("apply:bio", "Applied by a test.");
        browser.type("apply:expertise", "Testing, Selenium");
        browser.select("apply:timezone", "Asia/Kolkata");
        browser.click("apply:submit-application");
        assertThat(browser.driver().findElement(By.id("application-status")).getText()).contains("waiting for review");
        SignIn.out(browser);
    }

    private static void search(Browser admin, String text) {
        WebElement before = admin.driver().findElement(By.id("users:accounts"));
        admin.type("users:query", text);
        admin.clickInPlace("users:search");
        new WebDriverWait(admin.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(before));
        admin.waitForText(text);
    }

    private static String roles(Browser admin, String email) {
        return AdminConsole.row(admin, "users:accounts", email).findElement(By.className("account-roles")).getText();
    }

    private static String table(Browser admin, String tableId) {
        return admin.driver().findElement(By.id(tableId)).getText();
    }
}
