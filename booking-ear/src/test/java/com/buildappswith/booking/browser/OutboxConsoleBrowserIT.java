package com.buildappswith.booking.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An admin finds a message the outbox gave up on, reads it (its HTML body shown in a sandboxed frame, never run in
 * the console's page) and sends it again, which leaves it pending with its attempts counted afresh and the retry in
 * the log beneath. The FAILED message is fixture data written straight into the database the server uses (the
 * PostgreSQL that BOOKING_DB_URL names, as in CI): with the embedded H2, whose file the server holds, the test is
 * skipped. Bad filters in the address are said on the page.
 */
@ExtendWith(Browser.class)
class OutboxConsoleBrowserIT {

    private String run;

    @BeforeEach
    void newRun() {
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anAdminRetriesAFailedMessageAndSeesItPendingWithItsAttemptsReset(Browser browser) throws Exception {
        long id = failedMessage();
        SignIn.as(browser, SignIn.DEMO_ADMIN, SignIn.DEMO_PASSWORD);
        browser.open("/admin/users.xhtml");
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("#admin-nav a[href*='outbox']")));
        browser.open("/admin/outbox.xhtml?status=FAILED&recipient=outbox-" + run);
        WebElement row = browser.driver().findElement(By.id("message-" + id));
        assertThat(row.findElement(By.cssSelector(".outbox-status")).getText()).isEqualTo("Failed");
        assertThat(row.findElement(By.cssSelector(".outbox-attempts")).getText()).isEqualTo("8");
        assertThat(row.findElement(By.cssSelector(".outbox-error")).getText()).isEqualTo("550 mailbox unavailable");
        browser.screenshot("outbox-failed-message");

        browser.clickAndWait(row.findElement(By.cssSelector("a.view-message")));
        assertThat(browser.heading()).isEqualTo("Message " + id + ": Your session is booked");
        WebElement frame = browser.driver().findElement(By.id("html-body"));
        assertThat(frame.getAttribute("sandbox")).isEmpty();
        assertThat(frame.getAttribute("srcdoc")).contains("<script>");
        assertThat(browser.driver().findElement(By.id("invite-text")).getText()).contains("METHOD:REQUEST");
        assertThat(browser.driver().findElement(By.id("text-body")).getText()).isEqualTo("Your session is booked.");
        assertThat(browser.driver().getTitle()).doesNotContain("owned");
        browser.screenshot("outbox-message-with-sandboxed-html");

        browser.open("/admin/outbox.xhtml?status=FAILED&recipient=outbox-" + run);
        browser.clickAndWait(browser.driver().findElement(By.id("message-" + id))
                .findElement(By.cssSelector("input.retry-message")));
        assertThat(browser.pageText()).contains("Message " + id + " to outbox-" + run
                + "@example.com is pending again with its attempts reset");
        assertThat(browser.driver().findElements(By.id("message-" + id))).as("no longer FAILED").isEmpty();
        browser.open("/admin/outbox.xhtml?recipient=outbox-" + run);
        WebElement retried = browser.driver().findElement(By.id("message-" + id));
        // The outbox job runs every 2 s in these tests and may have sent it already, at the first attempt of its
        // fresh count.
        assertThat(List.of(retried.findElement(By.cssSelector(".outbox-status")).getText(),
                retried.findElement(By.cssSelector(".outbox-attempts")).getText()))
                .isIn(List.of("Pending", "0"), List.of("Sent", "1"));
        assertThat(browser.driver().findElement(By.cssSelector("[id='audit:entries'] tbody tr")).getText())
                .contains(SignIn.DEMO_ADMIN).contains("retried message").contains("outbox message " + id);
        browser.screenshot("outbox-message-retried");
    }

    @Test
    void unreadableFiltersAreSaidAndAMissingMessageIsNotFound(Browser browser) {
        SignIn.as(browser, SignIn.DEMO_ADMIN, SignIn.DEMO_PASSWORD);

        browser.open("/admin/outbox.xhtml?status=LOST&booking=abc&page=-2");
        assertThat(browser.heading()).isEqualTo("Outbox");
        assertThat(browser.pageText())
                .contains("'LOST' is not a status; use one of [PENDING, SENT, FAILED]. All statuses are shown.")
                .contains("'abc' is not a booking number; the list is not filtered by booking.")
                .contains("'-2' is not a page number: here is the first page.");
        browser.screenshot("outbox-bad-filters");

        browser.open("/admin/outbox-message.xhtml?id=nope");
        assertThat(browser.pageText()).contains("There is no outbox message 'nope'.");
        browser.open("/admin/outbox-message.xhtml?id=999999999");
        assertThat(browser.pageText()).contains("There is no outbox message '999999999'.");
    }

    /**
     * A message the outbox gave up on after eight attempts, written as the outbox would have left it. The id comes
     * from the entity's sequence, whose every value the application's allocation (50 at a time) treats as the end of
     * a block it has not taken, so the application never hands out the same id.
     */
    private long failedMessage() throws SQLException {
        Optional<String> url = Optional.ofNullable(System.getenv("BOOKING_DB_URL"))
                .filter(value -> value.startsWith("jdbc:postgresql:"));
        // JUnit's own assumption: AssertJ's would throw JUnit 4's, which needs Hamcrest, absent here.
        assumeTrue(url.isPresent(), "the fixture is written into the server's PostgreSQL (BOOKING_DB_URL)");
        try (Connection connection = DriverManager.getConnection(url.get(),
                Optional.ofNullable(System.getenv("BOOKING_DB_USER")).orElse(""),
                Optional.ofNullable(System.getenv("BOOKING_DB_PASSWORD")).orElse(""))) {
            long id;
            try (ResultSet next = connection.createStatement().executeQuery("SELECT nextval('outbox_message_seq')")) {
                next.next();
                id = next.getLong(1);
            }
            Instant written = Instant.now().minus(Duration.ofHours(3));
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO outbox_message (id, kind, recipient_email, recipient_name, subject, text_body,
                        html_body, ics, ics_method, message_id, status, attempts, next_attempt_at, last_error,
                        created_at, version)
                    VALUES (?, 'BOOKING_CONFIRMED', ?, ?, 'Your session is booked', 'Your session is booked.', ?, ?,
                        'REQUEST', ?, 'FAILED', 8, ?, '550 mailbox unavailable', ?, 1)""")) {
                insert.setLong(1, id);
                insert.setString(2, "outbox-" + run + "@example.com");
                insert.setString(3, "Outbox " + run);
                insert.setString(4, "<p>Your session is <b>booked</b>.</p>"
                        + "<script>parent.document.title = 'owned'</script>");
                insert.setString(5, "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n");
                insert.setString(6, "<" + run + "@booking.test>");
                insert.setTimestamp(7, Timestamp.from(written.plus(Duration.ofHours(2))));
                insert.setTimestamp(8, Timestamp.from(written));
                insert.executeUpdate();
            }
            return id;
        }
    }
}
