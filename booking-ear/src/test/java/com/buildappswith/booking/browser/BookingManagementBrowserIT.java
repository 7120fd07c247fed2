package com.buildappswith.booking.browser;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Managing bookings in the browser against the deployed EAR (Stripe mode, payments confirmed by signed events): a
 * client cancels after seeing what they get back and finds the refund on their dashboard, a client moves a booking
 * on the week of free times, a builder cancels with a reason, a builder's dashboard address with a bad filter says
 * what is wrong, and another client opening someone's booking page gets a 404.
 */
@ExtendWith(Browser.class)
class BookingManagementBrowserIT {

    private static final String ZONE = "Asia/Kolkata";
    private static ManagedBookings bookings;

    @BeforeAll
    static void offerASessionToManage() throws Exception {
        bookings = ManagedBookings.open("in the browser");
    }

    @AfterAll
    static void giveAdaHerHoursBack() {
        bookings.close();
    }

    @Test
    void aClientCancelsAfterSeeingTheRefundAndFindsItOnTheDashboard(Browser browser) throws Exception {
        ManagedBookings.Terms terms = bookings.terms();
        String client = bookings.newClient("cancels-in-browser");
        Instant start = bookings.freeStartBetween(Instant.now().plus(terms.freeNotice()).plus(Duration.ofHours(2)),
                Instant.now().plus(Duration.ofDays(ManagedBookings.DAYS_OPEN - 1)));
        long id = bookings.bookAndPay(client, start);
        browser.emulateTimezone(ZONE);
        SignIn.as(browser, client, ManagedBookings.PASSWORD);

        MyBookingsPage dashboard = MyBookingsPage.open(browser);
        assertThat(dashboard.row("upcoming", id)).hasValueSatisfying(row -> assertThat(row)
                .contains(bookings.sessionTypeName()).contains("Confirmed").contains("Paid GBP 110.00")
                .contains("(" + ZONE + ")").contains("(America/New_York)"));
        browser.screenshot("manage-dashboard-before-cancel");
        BookingManagePage booking = dashboard.manage(id);
        assertThat(booking.cancellationTerms()).startsWith("Free cancellation until").contains("(" + ZONE + ")");
        assertThat(booking.reschedulingTerms()).startsWith("You may move it to another time until");

        String preview = booking.startCancel();
        browser.screenshot("manage-cancel-preview");
        assertThat(preview).isEqualTo("You will get back GBP 110.00 of GBP 110.00 under the policy you booked with ("
                + terms.policy() + ").");
        MyBookingsPage after = booking.confirmCancel();

        assertThat(browser.path()).isEqualTo("/booking/manage");
        assertThat(browser.pageText()).contains("The booking is cancelled; GBP 110.00 is being refunded.");
        assertThat(after.row("past", id)).hasValueSatisfying(row -> assertThat(row)
                .contains("Cancelled by client").containsAnyOf("GBP 110.00 refunded", "Refund pending"));
        browser.screenshot("manage-dashboard-after-cancel");
        BookingManagePage cancelled = after.manage(id);
        assertThat(cancelled.reschedulingTerms()).startsWith("The terms allowed moving it to another time until");
        browser.screenshot("manage-cancelled-booking-terms");
        assertThat(bookings.refundsOf(id)).singleElement().satisfies(refund ->
                assertThat(refund.form()).containsEntry("amount", Long.toString(ManagedBookings.PRICE_MINOR)));
    }

    /** A held booking's row offers "Pay", which opens the checkout the booking started with (never a second). */
    @Test
    void aClientPaysAHeldBookingFromTheDashboard(Browser browser) throws Exception {
        String client = bookings.newClient("pays-later");
        HttpResponse<String> created = bookings.book(client, bookings.freeStartBetween(
                Instant.now().plus(Duration.ofDays(3)), Instant.now().plus(Duration.ofDays(5))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject booked = ManagedBookings.json(created.body());
        long id = booked.getJsonNumber("id").longValue();
        String checkout = booked.getJsonObject("payment").getString("checkoutUrl");
        SignIn.as(browser, client, ManagedBookings.PASSWORD);

        MyBookingsPage.open(browser).pay(id);

        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(checkout));
    }

    @Test
    void aClientMovesABookingOnTheWeekOfFreeTimes(Browser browser) throws Exception {
        ManagedBookings.Terms terms = bookings.terms();
        String client = bookings.newClient("moves-in-browser");
        Instant earliest = Instant.now().plus(terms.rescheduleNotice()).plus(Duration.ofHours(3));
        List<Instant> free = bookings.freeStarts(earliest, earliest.plus(Duration.ofDays(1)));
        long id = bookings.bookAndPay(client, free.get(0));
        Instant target = free.get(4);
        browser.emulateTimezone(ZONE);
        SignIn.as(browser, client, ManagedBookings.PASSWORD);

        BookingManagePage booking = BookingManagePage.open(browser, id);
        String before = booking.time();
        booking.startReschedule();
        if (!booking.offers(target)) {
            booking.showNextWeek();
        }
        browser.screenshot("manage-reschedule-week");
        booking.moveTo(target);
        browser.screenshot("manage-rescheduled");

        assertThat(booking.time()).isNotEqualTo(before).contains("(" + ZONE + ")");
        JsonObject moved = bookings.booking(client, id);
        assertThat(moved.getString("start")).isEqualTo(target.toString());
        assertThat(moved.getInt("rescheduleCount")).isEqualTo(1);
        assertThat(booking.timeline()).contains("Moved from " + before + " to ");
    }

    @Test
    void aBuilderCancelsWithAReasonAndTheClientGetsEverythingBack(Browser browser) throws Exception {
        String client = bookings.newClient("cancelled-by-builder");
        Instant start = bookings.freeStartBetween(Instant.now().plus(Duration.ofHours(3)),
                Instant.now().plus(Duration.ofDays(3)));
        long id = bookings.bookAndPay(client, start);
        SignIn.as(browser, SignIn.DEMO_BUILDER, SignIn.DEMO_PASSWORD);

        BuilderBookingsDashboard dashboard = BuilderBookingsDashboard.onDay(browser,
                LocalDate.ofInstant(start, ManagedBookings.ADA_ZONE), "CONFIRMED");
        assertThat(dashboard.row(id)).contains("Managing cancelled-by-builder").contains("(Asia/Kolkata)");
        browser.screenshot("builder-bookings");
        String preview = dashboard.cancel(id, "A family emergency, sorry");
        browser.screenshot("builder-cancelled");

        assertThat(preview).isEqualTo("The client gets back everything they paid: GBP 110.00.");
        JsonObject cancelled = bookings.booking(client, id);
        assertThat(cancelled.getString("status")).isEqualTo("CANCELLED_BY_BUILDER");
        assertThat(cancelled.getJsonArray("history").toString()).contains("A family emergency, sorry");
        assertThat(bookings.refundsOf(id)).singleElement().satisfies(refund ->
                assertThat(refund.form()).containsEntry("amount", Long.toString(ManagedBookings.PRICE_MINOR)));
    }

    @Test
    void aDashboardAddressTheBuilderGotWrongSaysWhatIsWrongInsteadOfFailing(Browser browser) throws Exception {
        SignIn.as(browser, SignIn.DEMO_BUILDER, SignIn.DEMO_PASSWORD);

        browser.open("/builder/bookings?from=tomorrow&status=CONFIRMED");
        assertThat(browser.pageText()).contains("Bookings with you").contains(
                "The first date in the address is not a date such as 2026-12-01. Showing all your bookings.");
        browser.open("/builder/bookings?from=2026-12-10&to=2026-12-01");
        browser.screenshot("builder-bookings-dates-reversed");
        assertThat(browser.pageText()).contains("The last date must not be before the first date.");
    }

    @Test
    void anotherClientOpeningSomeonesBookingPageFindsNoSuchBooking(Browser browser) throws Exception {
        String owner = bookings.newClient("page-owner");
        String other = bookings.newClient("page-snoop");
        Instant start = bookings.freeStartBetween(Instant.now().plus(Duration.ofDays(3)),
                Instant.now().plus(Duration.ofDays(5)));
        long id = bookings.bookAndPay(owner, start);
        String before = bookings.booking(owner, id).toString();
        SignIn.as(browser, other, ManagedBookings.PASSWORD);

        BookingManagePage.open(browser, id);
        browser.screenshot("manage-someone-elses-booking");
        Object status = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status));",
                "/booking/manage/" + id);

        assertThat(browser.pageText()).contains("You have no such booking.")
                .doesNotContain(bookings.sessionTypeName());
        assertThat(status).isEqualTo(404L);
        assertThat(MyBookingsPage.open(browser).row("upcoming", id)).isEmpty();
        assertThat(bookings.booking(owner, id).toString()).isEqualTo(before);
    }
}
