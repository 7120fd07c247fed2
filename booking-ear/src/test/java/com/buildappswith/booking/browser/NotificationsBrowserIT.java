package com.buildappswith.booking.browser;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bell: a client books a free session, its builder's bell counts one more, the list opens the booking, and
 * marking notices read lowers the count. The notices come from the real flow (the notification domain's observers of
 * booking changes), nothing is inserted. Bad page numbers in the address are said on the page.
 */
@ExtendWith(Browser.class)
class NotificationsBrowserIT {

    private static final String PASSWORD = "books and gets told";
    private static final String ZONE = "Europe/Lisbon";
    private static final String BUILDER = SignIn.DEMO_BUILDER;

    private final ApiClient api = new ApiClient();

    @Test
    void theBellRisesAfterABookingTheListOpensItAndMarkingReadLowersTheCount(Browser browser) throws Exception {
        SignIn.as(browser, BUILDER, SignIn.DEMO_PASSWORD);
        if (NotificationsPage.bellCount(browser) > 0) {
            NotificationsPage.throughTheBell(browser).markAllRead();
        }
        assertThat(NotificationsPage.bellCount(browser)).isZero();

        bookIntroCall();
        bookIntroCall();
        long newest = bookIntroCall();
        browser.open("/");
        assertThat(NotificationsPage.bellCount(browser)).isEqualTo(3);
        browser.screenshot("bell-after-three-bookings");

        NotificationsPage list = NotificationsPage.throughTheBell(browser);
        assertThat(browser.path()).isEqualTo("/notifications");
        assertThat(list.items()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(list.newest()).startsWith("NEW");
        browser.screenshot("notifications-newest-first");
        list.openNewest();
        assertThat(browser.path()).isEqualTo("/booking/manage/" + newest);
        assertThat(NotificationsPage.bellCount(browser)).isEqualTo(2);
        browser.screenshot("notification-opened-its-booking");

        list = NotificationsPage.throughTheBell(browser);
        assertThat(list.newest()).startsWith("READ");
        list.markRead(1);
        assertThat(browser.path()).isEqualTo("/notifications");
        assertThat(NotificationsPage.bellCount(browser)).isEqualTo(1);
        assertThat(list.items().get(1)).startsWith("READ");
        browser.screenshot("notification-marked-read");
        list.markAllRead();
        assertThat(browser.pageText()).contains("Marked 1 notification read.");
        assertThat(NotificationsPage.bellCount(browser)).isZero();
        assertThat(browser.driver().findElements(By.id("bell-count"))).isEmpty();
        browser.screenshot("notifications-all-read");
    }

    @Test
    void aPageNumberThatIsNoneIsSaidAndTheFirstPageShown(Browser browser) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String client = "pages-" + run + "@example.com";
        api.register(client, "Pages " + run, PASSWORD, ZONE);
        SignIn.as(browser, client, PASSWORD);

        browser.open("/notifications?page=abc");
        assertThat(browser.heading()).isEqualTo("Notifications");
        assertThat(browser.pageText()).contains("'abc' is not a page number: here is the first page.")
                .contains("No notifications yet.");
        browser.open("/notifications?page=7");
        assertThat(browser.pageText()).contains("There is no page 7 of notifications");
        browser.screenshot("notifications-bad-page");

        SignIn.out(browser);
        browser.open("/notifications");
        assertThat(browser.path()).isEqualTo("/login.xhtml");
    }

    /** A new client books the builder's free "Intro call" at the latest slot still free; the booking's id. */
    private long bookIntroCall() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String client = "asks-" + run + "@example.com";
        api.register(client, "Asks " + run, PASSWORD, ZONE);
        List<JsonObject> slots = api.freeSlots("Ada Okafor", "Intro call").getValuesAs(JsonObject.class);
        JsonObject slot = slots.get(slots.size() - 1);
        HttpResponse<String> booked = api.book(client, PASSWORD, slot.getJsonNumber("sessionTypeId").longValue(),
                Instant.parse(slot.getString("start")), ZONE, "One question");
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        return AdminApi.object(booked.body()).getJsonNumber("id").longValue();
    }
}
