package com.buildappswith.booking.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every audience's pages render on their own template without a script error in the browser's console, and the
 * clean URLs answer while unknown paths below them are not found.
 */
@ExtendWith(Browser.class)
class PagesBrowserIT {

    private static final String BASE_URL = System.getProperty("booking.baseUrl", "http://localhost:8080/");

    @Test
    void publicPagesRenderWithoutScriptErrors(Browser browser) {
        DirectoryPage.open(browser).openBuilder("Ada Okafor");
        String builderPage = browser.path();
        assertThat(browser.consoleErrors()).as("directory and " + builderPage).isEmpty();
        for (String path : new String[] {"/booking", "/booking/calendar", "/login.xhtml", "/register.xhtml",
                builderPage.replace("/builders/", "/booking/")}) {
            browser.open(path);
            assertThat(browser.driver().findElements(By.id("area-banner"))).as(path).isEmpty();
            assertThat(browser.consoleErrors()).as(path).isEmpty();
        }
    }

    @Test
    void builderToolsRenderOnTheBuilderTemplateWithoutScriptErrors(Browser browser) {
        SignIn.as(browser, SignIn.DEMO_BUILDER, SignIn.DEMO_PASSWORD);
        for (String page : new String[] {"profile", "session-types", "availability", "bookings"}) {
            browser.open("/builder/" + page + ".xhtml");
            assertThat(browser.driver().findElement(By.id("area-banner")).getText()).contains("Builder tools");
            assertThat(browser.consoleErrors()).as(page).isEmpty();
            browser.screenshot("builder-tools-" + page);
        }
    }

    @Test
    void adminConsoleRendersOnTheAdminTemplateWithoutScriptErrors(Browser browser) {
        SignIn.as(browser, SignIn.DEMO_ADMIN, SignIn.DEMO_PASSWORD);
        for (String page : new String[] {"users", "builders"}) {
            browser.open("/admin/" + page + ".xhtml");
            assertThat(browser.driver().findElement(By.id("area-banner")).getText()).contains("Admin console");
            assertThat(browser.consoleErrors()).as(page).isEmpty();
            browser.screenshot("admin-console-" + page);
        }
    }

    /** As after a node died and the balancer sent the form to the other one, which never showed it. */
    @Test
    void aFormSentAfterItsSessionEndedSaysThePageExpired(Browser browser) throws IOException {
        ServerLog log = ServerLog.fromNow();
        browser.open("/login.xhtml");
        browser.driver().manage().deleteAllCookies();
        browser.type("login:email", SignIn.DEMO_BUILDER);
        browser.type("login:password", SignIn.DEMO_PASSWORD);
        browser.click("login:sign-in");

        assertThat(browser.heading()).isEqualTo("This page has expired");
        assertThat(browser.pageText()).contains("Nothing was done with it.").doesNotContain("Exception");
        browser.screenshot("expired-form");
        browser.driver().findElement(By.linkText("Open the page again")).click();
        assertThat(browser.path()).endsWith("/login.xhtml");
        assertThat(log.stackTraces()).as("stack traces in the server's log for a form that expired").isEmpty();
    }

    @Test
    void anUnknownTestCheckoutSaysSoWithA404() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(BASE_URL + "payments/test-checkout?session=cs_test_mode_%3Cb%3Enone")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("There is no test checkout cs_test_mode_&lt;b&gt;none.")
                .doesNotContain("<b>none").doesNotContain("Test mode: no real money");
    }

    @ParameterizedTest
    @CsvSource({"/booking/calendar, 200", "/booking/calendar/, 200", "/booking/calendar.xhtml, 200",
            "/index.xhtml, 200", "/builders/abc, 404", "/builders/1/edit, 404", "/booking/1/cancel, 404",
            "/booking/nothing-here, 404", "/no-such-page.xhtml, 404", "/payments/nothing-here, 404",
            "/payments/test-checkout, 404", "/payments/test-checkout?session=cs_test_mode_nosuch, 404",
            "/payments/test-checkout?session=%27%3Cscript%3E, 404", "/payments/cancelled?booking=abc, 404",
            "/payments/cancelled?booking=-1, 404", "/booking/1/success?booking=abc, 404",
            "/booking-success.xhtml?builder=x&booking=y, 404", "/payments/cancelled?booking=1, 302"})
    void cleanUrlsAnswerAndUnknownPathsBelowThemAreNotFound(String path, int status) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(BASE_URL + path.substring(1))).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(path).isEqualTo(status);
    }
}
