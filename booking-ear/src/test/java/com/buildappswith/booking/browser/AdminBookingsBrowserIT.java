package com.buildappswith.booking.browser;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admins find a booking in the console, read its timeline, and cancel it with a reason: the client gets back
 * everything paid (the refund reaches Stripe, here the build's stub), the slot is free again, and the cancellation is
 * in the timeline and in the page's log. Runs in the build's Stripe mode.
 */
@ExtendWith(Browser.class)
class AdminBookingsBrowserIT {

    private static final String PASSWORD = "cancelled by the admin";
    private static final String ZONE = "Europe/London";

    private final ApiClient api = new ApiClient();
    private final StripeStub stripe = new StripeStub();

    @Test
    void anAdminCancelsAPaidBookingWithAReasonAndTheClientGetsEverythingBack(Browser browser) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String client = "refunded-" + run + "@example.com";
        api.register(client, "Refunded " + run, PASSWORD, ZONE);
        List<JsonObject> slots = api.freeSlots("Liam Walsh", "Product clinic").getValuesAs(JsonObject.class);
        JsonObject slot = slots.get(ThreadLocalRandom.current().nextInt(slots.size()));
        HttpResponse<String> created = api.book(client, PASSWORD, slot.getJsonNumber("sessionTypeId").longValue(),
                Instant.parse(slot.getString("start")), ZONE, "Cancelled by an admin later");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject booking = AdminApi.object(created.body());
        long id = booking.getJsonNumber("id").longValue();
        String checkout = booking.getJsonObject("payment").getString("checkoutUrl");
        String paymentIntent = "pi_test_admin_" + id;
        HttpResponse<String> paid = stripe.deliver(StripeStub.sessionEvent("checkout.session.completed",
                checkout.substring(checkout.lastIndexOf('/') + 1), id, "paid", paymentIntent));
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);

        SignIn.as(browser, SignIn.DEMO_ADMIN, SignIn.DEMO_PASSWORD);
        BookingsConsolePage bookings = BookingsConsolePage.open(browser);
        bookings.searchClient(client.toUpperCase());
        assertThat(bookings.rows()).singleElement().asString().contains("Refunded " + run).contains("Liam Walsh")
                .contains("Confirmed").contains("Paid GBP 60.00");
        browser.screenshot("admin-bookings-search");
        bookings.openBooking("Refunded " + run);
        assertThat(BookingsConsolePage.status(browser)).isEqualTo("Confirmed");

        assertThat(BookingsConsolePage.previewCancellation(browser))
                .isEqualTo("The client gets back GBP 60.00 of GBP 60.00 paid.");
        BookingsConsolePage.cancel(browser, " ");
        assertThat(browser.driver().findElement(By.cssSelector("[id='cancel:reason'] ~ .ui-message")).getText())
                .contains("Say why the booking is cancelled");
        assertThat(BookingsConsolePage.status(browser)).isEqualTo("Confirmed");
        BookingsConsolePage.cancel(browser, "The builder is ill; the client asked us to cancel.");
        browser.screenshot("admin-cancelled-a-booking");

        assertThat(BookingsConsolePage.status(browser)).startsWith("Cancelled");
        assertThat(BookingsConsolePage.terms(browser)).contains("Free cancellation until")
                .contains("The terms allowed moving it to another time until").doesNotContain("You may move it");
        assertThat(BookingsConsolePage.timeline(browser)).contains(SignIn.DEMO_ADMIN)
                .contains("The builder is ill; the client asked us to cancel.");
        assertThat(browser.driver().findElement(By.id("not-cancellable")).getText()).isNotBlank();
        // The refund is asked for after the cancellation commits.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> !stripe.refundsOf(paymentIntent).isEmpty());
        assertThat(stripe.refundsOf(paymentIntent)).singleElement()
                .satisfies(refund -> assertThat(refund.form()).containsEntry("amount", "6000"));
        assertThat(api.freeSlots("Liam Walsh", "Product clinic").getValuesAs(JsonObject.class))
                .as("the slot is offered again")
                .anyMatch(free -> free.getString("start").equals(slot.getString("start")));

        BookingsConsolePage.open(browser);
        assertThat(browser.driver().findElement(By.id("audit:entries")).getText()).contains(SignIn.DEMO_ADMIN)
                .contains("booking " + id);
        browser.screenshot("admin-bookings-log");
    }

    @Test
    void aBookingThatDoesNotExistIsNotFound(Browser browser) {
        SignIn.as(browser, SignIn.DEMO_ADMIN, SignIn.DEMO_PASSWORD);

        for (String id : List.of("999999999999", "abc", "-1")) {
            browser.open("/admin/booking.xhtml?id=" + id);
            assertThat(browser.heading()).as(id).isEqualTo("Not found");
        }
        browser.screenshot("admin-booking-not-found");
    }
}
