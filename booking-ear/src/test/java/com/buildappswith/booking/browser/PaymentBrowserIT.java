package com.buildappswith.booking.browser;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paying for a session in the test mode the run command starts in (no payment keys): the booking page sends the
 * client to the in-app test checkout, which says on every screen that no real money moves, and the way the checkout
 * ends (paid, card declined, abandoned) runs the same payment lifecycle a provider's events would. Tagged, so that
 * the build runs these against the server restarted without payment keys.
 */
@Tag("test-mode")
@ExtendWith(Browser.class)
class PaymentBrowserIT {

    private static final String BASE_URL = System.getProperty("booking.baseUrl", "http://localhost:8080/");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final Pattern ZONED_TIME = Pattern.compile("(.+, \\d{2}:\\d{2}) \\(([^)]+)\\)");
    private static final String PASSWORD = "paying in test mode";
    private static final String ZONE = "Asia/Kolkata";
    private static final String PAID_TYPE = "Architecture review";
    private static final String PRICE = "USD 150.00";
    private static final String CLIENT_NAME = "Client paying in test mode";

    private final ApiClient api = new ApiClient();

    @Test
    void aClientPaysOnTheTestCheckoutAndLandsOnTheConfirmedBookingWithTheAmount(Browser browser) throws Exception {
        String email = signInAsNewClient(browser, "pays");
        JsonObject slot = aLateFreeSlot();
        BookSessionPage booking = BookSessionPage.withSlotChosen(browser, builderId(), sessionTypeId(slot), ZONE,
                start(slot));
        assertThat(booking.price()).isEqualTo(PRICE);
        assertThat(booking.paymentNote()).contains("pay", PRICE).contains("Test mode: no real money");
        booking.confirm("Pay for a review in test mode");

        TestCheckoutPage checkout = TestCheckoutPage.arrived(browser);
        assertThat(checkout.banner()).contains("Test mode: no real money");
        assertThat(checkout.item()).isEqualTo(PAID_TYPE + " with Ada Okafor");
        assertThat(checkout.amount()).isEqualTo(PRICE);
        browser.screenshot("payment-test-checkout");
        checkout.pay();

        BookingResultPage result = BookingResultPage.arrived(browser).waitUntilSettled();
        assertThat(result.outcome()).isEqualTo("Booked and paid");
        assertThat(result.bookingStatus()).isEqualTo("CONFIRMED");
        assertThat(result.paymentStatus()).isEqualTo("PAID");
        assertThat(result.amount()).isEqualTo(PRICE);
        assertThat(result.saysTestMode()).isTrue();
        browser.screenshot("payment-confirmed");

        JsonObject stored = booking(email, bookingIdIn(browser.driver().getCurrentUrl()));
        assertThat(stored.getString("status")).isEqualTo("CONFIRMED");
        assertThat(stored.getJsonObject("payment").getString("status")).isEqualTo("PAID");

        SignIn.out(browser);
        SignIn.as(browser, SignIn.DEMO_BUILDER, SignIn.DEMO_PASSWORD);
        AvailabilityEditorPage schedule = AvailabilityEditorPage.open(browser);
        String expected = PAID_TYPE + " with " + CLIENT_NAME + " (Confirmed) · Paid " + PRICE;
        LocalDate day = start(slot).atZone(ZoneId.of("America/New_York")).toLocalDate();
        assertThat(schedule.bookingsOn(day)).anyMatch(shown -> shown.contains(expected));
        schedule.showBookingOn(day);
        browser.screenshot("payment-on-the-builders-schedule");
    }

    @Test
    void abandoningTheCheckoutReleasesTheSlotAtOnce(Browser browser) throws Exception {
        signInAsNewClient(browser, "abandons");
        JsonObject slot = aLateFreeSlot();
        Instant start = start(slot);
        BookSessionPage.withSlotChosen(browser, builderId(), sessionTypeId(slot), ZONE, start)
                .confirm("Changed my mind at the checkout");
        TestCheckoutPage checkout = TestCheckoutPage.arrived(browser);
        assertThat(isOffered(start)).as("the held slot is not offered to others").isFalse();

        checkout.abandon();

        assertThat(browser.path()).isEqualTo("/payments/cancelled");
        assertThat(browser.heading()).isEqualTo("Slot released");
        assertThat(browser.pageText()).contains("Test mode: no real money");
        browser.screenshot("payment-abandoned");
        assertThat(isOffered(start)).as("the released slot is offered through the API again").isTrue();
        assertThat(BookSessionPage.weekOf(browser, builderId(), sessionTypeId(slot), ZONE, start).offers(start))
                .as("the released slot is offered on the booking page again").isTrue();
    }

    @Test
    void aDeclinedCardSaysSoAndTheSlotStaysHeldOnlyUntilItsHoldLapses(Browser browser) throws Exception {
        String email = signInAsNewClient(browser, "declined");
        JsonObject slot = aLateFreeSlot();
        HttpResponse<String> created = api.book(email, PASSWORD, sessionTypeId(slot), start(slot), ZONE,
                "A card that will not pay");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject held = json(created.body());
        Instant holdExpires = Instant.parse(held.getString("holdExpiresAt"));
        String checkoutUrl = held.getJsonObject("payment").getString("checkoutUrl");

        browser.driver().get(checkoutUrl);
        TestCheckoutPage checkout = TestCheckoutPage.arrived(browser);
        assertThat(shownAs(checkout.holdUntil(), holdExpires)).isTrue();
        checkout.declineCard();

        checkout = TestCheckoutPage.arrived(browser);
        assertThat(checkout.banner()).contains("Test mode: no real money");
        assertThat(checkout.declinedNotice()).contains("Your card was declined").contains("only until");
        assertThat(shownAs(checkout.holdUntil(), holdExpires)).isTrue();
        assertThat(checkout.offersPayment()).as("another card may still be tried while the hold lasts").isTrue();
        browser.screenshot("payment-card-declined");

        JsonObject after = booking(email, held.getJsonNumber("id").longValue());
        assertThat(after.getString("status")).isEqualTo("HELD");
        assertThat(Instant.parse(after.getString("holdExpiresAt"))).isEqualTo(holdExpires);
        assertThat(after.getJsonObject("payment").getString("status")).isNotEqualTo("PAID");
    }

    /**
     * The client looks at the result page while the payment is pending; it is paid elsewhere (another tab, or the
     * provider's event arriving): the page, polling, turns to paid by itself, without being reloaded.
     */
    @Test
    void theResultPageUpdatesItselfWhenThePaymentLands(Browser browser) throws Exception {
        String email = signInAsNewClient(browser, "watches");
        JsonObject slot = aLateFreeSlot();
        HttpResponse<String> created = api.book(email, PASSWORD, sessionTypeId(slot), start(slot), ZONE,
                "Paid in another tab");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject held = json(created.body());
        BookingResultPage result = BookingResultPage.open(browser, held.getJsonNumber("builderId").longValue(),
                held.getJsonNumber("id").longValue());
        assertThat(result.outcome()).isEqualTo("Booked: payment pending");
        assertThat(result.paymentStatus()).isEqualTo("OPEN");
        WebElement page = browser.driver().findElement(By.tagName("html"));

        // Paid by someone without this browser's session, as the provider's checkout is: it needs none.
        HttpResponse<String> paid = TestCheckoutForm.pay(HttpClient.newBuilder()
                        .cookieHandler(new CookieManager()).build(),
                URI.create(held.getJsonObject("payment").getString("checkoutUrl")));
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(302);
        assertThat(paid.headers().firstValue("Location")).hasValueSatisfying(
                next -> assertThat(URI.create(next).getPath()).matches("/booking/\\d+/success"));

        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> result.outcome().equals("Booked and paid"));
        assertThat(result.paymentStatus()).isEqualTo("PAID");
        assertThat(result.bookingStatus()).isEqualTo("CONFIRMED");
        assertThat(ExpectedConditions.stalenessOf(page).apply(browser.driver())).as("the page was not reloaded")
                .isFalse();
        browser.screenshot("payment-result-updated-itself");
    }

    /**
     * Whether a time on a page is {@code moment}, worded as every page words times, in the zone the text names
     * (the time shown to the minute, as pages show it).
     */
    private static boolean shownAs(String shown, Instant moment) {
        Matcher matcher = ZONED_TIME.matcher(shown);
        assertThat(matcher.find()).as("a time with its zone in '%s'", shown).isTrue();
        return matcher.group(1).equals(WHEN.format(moment.atZone(ZoneId.of(matcher.group(2)))));
    }

    private String signInAsNewClient(Browser browser, String name) throws Exception {
        String email = "payment-" + name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        api.register(email, CLIENT_NAME, PASSWORD, ZONE);
        browser.emulateTimezone(ZONE);
        SignIn.as(browser, email, PASSWORD);
        return email;
    }

    /** A late free slot of the demo builder's paid type, drawn at random so that other tests do not take it. */
    private JsonObject aLateFreeSlot() throws Exception {
        JsonArray slots = api.freeSlots("Ada Okafor", PAID_TYPE);
        return slots.getJsonObject(slots.size() - 1 - ThreadLocalRandom.current().nextInt(Math.min(20, slots.size())));
    }

    private static long sessionTypeId(JsonObject slot) {
        return slot.getJsonNumber("sessionTypeId").longValue();
    }

    private long builderId() throws Exception {
        HttpResponse<String> found = api.get("api/builders?q=Ada%20Okafor");
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(found.body()))) {
            return reader.readArray().getJsonObject(0).getJsonNumber("id").longValue();
        }
    }

    private boolean isOffered(Instant start) throws Exception {
        return api.freeSlots("Ada Okafor", PAID_TYPE).getValuesAs(JsonObject.class).stream()
                .anyMatch(slot -> start(slot).equals(start));
    }

    private static Instant start(JsonObject slot) {
        return Instant.parse(slot.getString("start"));
    }

    private static long bookingIdIn(String url) {
        return Long.parseLong(URI.create(url).getQuery().replaceFirst("^.*booking=(\\d+).*$", "$1"));
    }

    private static JsonObject booking(String email, long id) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(BASE_URL + "api/bookings/" + id))
                        .header("Authorization", ApiClient.basic(email, PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
