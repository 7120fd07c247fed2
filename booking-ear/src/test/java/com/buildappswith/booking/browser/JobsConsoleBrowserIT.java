package com.buildappswith.booking.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jobs page of the admin console: every scheduled job with its latest runs from the application's own history,
 * and an admin running the outbox job now, which then shows as a run started by that admin, with the start in the
 * log beneath. Needs the batch module's JobStarter (the jobs of issue 14).
 */
@ExtendWith(Browser.class)
class JobsConsoleBrowserIT {

    @Test
    void anAdminRunsTheOutboxJobNowAndSeesTheRun(Browser browser) {
        SignIn.as(browser, SignIn.DEMO_ADMIN, SignIn.DEMO_PASSWORD);
        browser.open("/admin/users.xhtml");
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("#admin-nav a[href*='jobs']")));
        assertThat(browser.heading()).isEqualTo("Jobs");
        assertThat(browser.driver().findElements(By.cssSelector("section.job-card h2")))
                .extracting(WebElement::getText)
                .anySatisfy(title -> assertThat(title).startsWith("reminders"))
                .anySatisfy(title -> assertThat(title).startsWith("deadlines"))
                .anySatisfy(title -> assertThat(title).startsWith("outbox"));
        browser.screenshot("admin-jobs");

        runNowBetweenTheTimersRuns(browser);

        // Among the latest runs, not necessarily the newest: the timer starts another every 2 s.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> {
            browser.open("/admin/jobs.xhtml");
            return driver.findElements(By.cssSelector("#job-outbox tr.job-run")).stream()
                    .anyMatch(run -> run.getText().contains(SignIn.DEMO_ADMIN));
        });
        assertThat(browser.driver().findElement(By.cssSelector("[id='audit:entries'] tbody tr")).getText())
                .contains(SignIn.DEMO_ADMIN).contains("ran job now").contains("outbox job");
        browser.screenshot("admin-jobs-after-run-now");
    }

    /**
     * The outbox job's timer runs it every 2 s in these tests, and while a run is on the button is disabled and the
     * job refuses to start another ("is running now"): the admin, as a person would, tries again until it starts.
     */
    private static void runNowBetweenTheTimersRuns(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(300))
                .until(driver -> {
                    WebElement runNow = driver.findElement(By.cssSelector("#job-outbox input.run-now"));
                    if (!runNow.isEnabled()) {
                        browser.open("/admin/jobs.xhtml");
                        return false;
                    }
                    browser.clickAndWait(runNow);
                    String answer = browser.pageText();
                    assertThat(answer).containsAnyOf("The outbox job started (run ", "The outbox job is running now");
                    return answer.contains("The outbox job started (run ");
                });
    }
}
