package com.buildappswith.booking.browser;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client in India books a free session with a builder in New York; both see the time in their own zone. A paid
 * booking's result page says until when the slot is held while the payment is pending, whichever provider takes it.
 */
@ExtendWith(Browser.class)
class BookingBrowserIT {

    private static final String BASE_URL = System.getProperty("booking.baseUrl", "http://localhost:8080/");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String DAY_WORDS = "[A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+( \\d{4})?";
    /** A time of day on the 24-hour clock, with the zone's abbreviation where a day shows one time twice. */
    private static final String CLOCK = "([01]\\d|2[0-3]):[0-5]\\d( \\([A-Z0-9+-]+\\))?";

    @Test
    void clientInKolkataBooksAFreeSessionWithABuilderInNewYork(Browser browser) throws Exception {
        signInAsNewClientInKolkata(browser, "kolkata");
        openBookingPageOfAda(browser);
        ZoneId detected = ZoneId.of(selectedZone(browser));
        assertThat(detected).isEqualTo(KOLKATA);
        assertThat(browser.driver().findElement(By.id("booking:sessionType")).getText()).contains("Intro call");
        browser.screenshot("booking-slots-in-kolkata");

        WebElement firstSlot = browser.driver().findElements(By.cssSelector("button.slot")).get(0);
        Instant start = Instant.parse(firstSlot.getAttribute("data-start"));
        String shownTime = firstSlot.getText();
        assertThat(shownTime).isEqualTo(DateTimeFormatter.ofPattern("HH:mm").format(start.atZone(KOLKATA)));
        firstSlot.click();
        browser.waitForText("Your booking");
        browser.type("booking:purpose", "Review how we split our monolith");
        browser.click("booking:confirm");

        assertThat(browser.heading()).isEqualTo("Booked");
        assertThat(browser.driver().findElement(By.id("client-time")).getText())
                .isEqualTo(WHEN.format(start.atZone(detected)) + " (" + detected.getId() + ")");
        assertThat(browser.driver().findElement(By.id("builder-time")).getText())
                .isEqualTo(WHEN.format(start.atZone(NEW_YORK)) + " (America/New_York)");
        assertThat(start.atZone(KOLKATA).toLocalTime()).isNotEqualTo(start.atZone(NEW_YORK).toLocalTime());
        browser.screenshot("booking-success");
    }

    @Test
    void clientPicksAFreeTimeOnTheCalendarAndLandsOnTheBookingPageWithItChosen(Browser browser) throws Exception {
        signInAsNewClientInKolkata(browser, "calendar");

        browser.open("/booking/calendar");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.id("calendar-zone")).getText().contains("UTC"));
        new Select(browser.driver().findElement(By.id("calendar:builder"))).selectByVisibleText(
                "Ada Okafor (America/New_York)");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.cssSelector(".free-slot")).isEmpty());
        browser.screenshot("booking-calendar");
        // The calendar's times read as the booking page's slots do: one 24-hour clock.
        assertThat(browser.driver().findElements(By.cssSelector(".fc-timegrid-slot-label-cushion")))
                .extracting(WebElement::getText).filteredOn(text -> !text.isBlank()).isNotEmpty().allMatch(
                        text -> text.matches(CLOCK));
        assertThat(browser.driver().findElements(By.cssSelector(".free-slot .fc-event-time")))
                .extracting(WebElement::getText).isNotEmpty().allMatch(text -> text.matches(CLOCK + ".*"));

        browser.clickAndWait(browser.driver().findElements(By.cssSelector(".free-slot")).get(0));

        assertThat(browser.path()).matches("/booking/\\d+");
        assertThat(browser.driver().findElement(By.id("booking-details")).getText()).contains("Your booking");
        browser.screenshot("booking-from-calendar");
    }

    @Test
    void aBrowserThatSaysAsiaCalcuttaSeesAsiaKolkata(Browser browser) throws Exception {
        signInAsNewClient(browser, "calcutta", "Asia/Calcutta");
        openBookingPageOfAda(browser);

        assertThat(selectedZone(browser)).isEqualTo("Asia/Kolkata");
        assertThat(browser.driver().findElement(By.id("week-label")).getText())
                .matches(DAY_WORDS + " to " + DAY_WORDS + " \\(Asia/Kolkata\\)");
        browser.screenshot("booking-zone-under-its-current-name");
    }

    @Test
    void slotButtonsStandApartAndReadOnTheTwentyFourHourClock(Browser browser) throws Exception {
        signInAsNewClientInKolkata(browser, "slots");
        openBookingPageOfAda(browser);

        // Slot buttons that touch leave specks of background between their rounded corners: each pair must be
        // apart, side by side or one above the other.
        List<WebElement> slots = browser.driver().findElements(By.cssSelector("button.slot"));
        assertThat(slots).hasSizeGreaterThan(1);
        List<Rectangle> boxes = slots.stream().map(WebElement::getRect).toList();
        for (int first = 0; first < boxes.size(); first++) {
            assertThat(slots.get(first).getText()).matches(CLOCK);
            for (int second = first + 1; second < boxes.size(); second++) {
                assertThat(apart(boxes.get(first), boxes.get(second))).as("slot buttons %s and %s apart",
                        slots.get(first).getText(), slots.get(second).getText()).isGreaterThanOrEqualTo(4);
            }
        }
        browser.screenshot("booking-slots-without-stray-glyphs");
    }

    @Test
    void theConfirmationSaysWhatTheSessionCostsAndHowLongItLasts(Browser browser) throws Exception {
        signInAsNewClientInKolkata(browser, "price");
        openBookingPageOfAda(browser);
        WebElement firstFree = browser.driver().findElements(By.cssSelector("button.slot")).get(0);
        browser.select("booking:sessionType", "Architecture review · 1 h · USD 150.00");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(firstFree));

        browser.driver().findElements(By.cssSelector("button.slot")).get(0).click();
        browser.waitForText("Your booking");

        assertThat(browser.driver().findElement(By.id("chosen-session")).getText())
                .isEqualTo("Architecture review: 1 h, USD 150.00");
        assertThat(browser.driver().findElement(By.id("chosen-time")).getText()).endsWith("(Asia/Kolkata)");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
                browser.driver().findElement(By.id("booking-details")));
        browser.screenshot("booking-confirmation-with-price");
    }

    @Test
    void confirmingAgainAfterTheAnswerWasLostShowsTheBookingAlreadyMade(Browser browser) throws Exception {
        signInAsNewClientInKolkata(browser, "lost-answer");
        openBookingPageOfAda(browser);
        browser.driver().findElements(By.cssSelector("button.slot")).get(0).click();
        browser.waitForText("Your booking");
        browser.type("booking:purpose", "Plan our migration");

        String madeBeforeTheAnswerWasLost = confirmationWhoseAnswerIsLost(browser);
        browser.click("booking:confirm");

        assertThat(browser.heading()).isEqualTo("Booked");
        assertThat(URI.create(browser.driver().getCurrentUrl()).getQuery())
                .isEqualTo(URI.create(madeBeforeTheAnswerWasLost).getQuery());
        browser.screenshot("booking-confirmed-again-after-a-lost-answer");
        assertThat(upcomingBookings(browser)).hasSize(1);
    }

    @Test
    void payingAgainAfterTheAnswerWasLostOpensTheSameCheckout(Browser browser) throws Exception {
        signInAsNewClientInKolkata(browser, "lost-checkout");
        openBookingPageOfAda(browser);
        WebElement firstFree = browser.driver().findElements(By.cssSelector("button.slot")).get(0);
        browser.select("booking:sessionType", "Architecture review · 1 h · USD 150.00");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(firstFree));
        browser.driver().findElements(By.cssSelector("button.slot")).get(0).click();
        browser.waitForText("Your booking");
        browser.type("booking:purpose", "Review our service boundaries");

        URI checkoutBeforeTheAnswerWasLost = URI.create(browser.driver().getCurrentUrl())
                .resolve(confirmationWhoseAnswerIsLost(browser));
        browser.click("booking:confirm");

        assertThat(browser.driver().getCurrentUrl()).isEqualTo(checkoutBeforeTheAnswerWasLost.toString());
        browser.screenshot("booking-checkout-again-after-a-lost-answer");
        assertThat(upcomingBookings(browser)).hasSize(1);
    }

    @Test
    void aHeldBookingSaysUntilWhenInTheClientsZoneInWords(Browser browser) throws Exception {
        String email = "held-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        register(email, "namaste from kolkata");
        JsonArray slots = new ApiClient().freeSlots("Ada Okafor", "Architecture review");
        // Late slots, drawn at random, so that other tests' bookings of the same type do not take this one.
        JsonObject slot = slots.getJsonObject(slots.size() - 1 - ThreadLocalRandom.current()
                .nextInt(Math.min(10, slots.size())));
        HttpResponse<String> held = new ApiClient().book(email, "namaste from kolkata",
                slot.getJsonNumber("sessionTypeId").longValue(), Instant.parse(slot.getString("start")),
                "Asia/Kolkata", "A review of our service boundaries");
        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
        JsonObject booking;
        try (JsonReader reader = Json.createReader(new StringReader(held.body()))) {
            booking = reader.readObject();
        }
        Instant holdExpires = Instant.parse(booking.getString("holdExpiresAt"));

        browser.emulateTimezone("Asia/Kolkata");
        SignIn.as(browser, email, "namaste from kolkata");
        browser.open("/booking/" + booking.getJsonNumber("builderId") + "/success?booking="
                + booking.getJsonNumber("id"));

        assertThat(browser.heading()).isEqualTo("Booked: payment pending");
        assertThat(browser.driver().findElement(By.id("hold-until")).getText())
                .isEqualTo(WHEN.format(holdExpires.atZone(KOLKATA)) + " (Asia/Kolkata)");
        // The page checked the payment with the provider, found the checkout open, and offers the way back to it.
        assertThat(browser.driver().findElement(By.id("continue-to-payment")).getAttribute("href"))
                .isEqualTo(booking.getJsonObject("payment").getString("checkoutUrl"));
        browser.screenshot("booking-held-until-in-words");
    }

    @Test
    void theWeekIsChosenOnADatePicker(Browser browser) throws Exception {
        signInAsNewClientInKolkata(browser, "picker");
        openBookingPageOfAda(browser);

        browser.driver().findElement(By.id("booking:week-start_input")).click();
        List<WebElement> days = new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> {
            List<WebElement> open = d.findElements(By.cssSelector(
                    ".ui-datepicker-calendar td:not(.ui-datepicker-other-month) > a"));
            return open.isEmpty() ? null : open;
        });
        browser.screenshot("booking-week-date-picker");
        WebElement last = days.get(days.size() - 1);
        String day = last.getText();
        last.click();

        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("week-label")).getText().matches("[A-Z][a-z]+day " + day + " .*"));
        browser.screenshot("booking-week-chosen");
    }

    /** A new client whose browser runs in India, signed in. */
    private static void signInAsNewClientInKolkata(Browser browser, String name) throws Exception {
        signInAsNewClient(browser, name, "Asia/Kolkata");
    }

    /** A new client in India whose browser names its zone {@code browserZone}, signed in. */
    private static void signInAsNewClient(Browser browser, String name, String browserZone) throws Exception {
        String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String password = "namaste from kolkata";
        register(email, password);
        browser.emulateTimezone(browserZone);
        SignIn.as(browser, email, password);
    }

    /** The space between two boxes: the larger of their horizontal and vertical gaps (negative if they overlap). */
    private static int apart(Rectangle one, Rectangle other) {
        int horizontal = Math.max(other.getX() - (one.getX() + one.getWidth()),
                one.getX() - (other.getX() + other.getWidth()));
        int vertical = Math.max(other.getY() - (one.getY() + one.getHeight()),
                one.getY() - (other.getY() + other.getHeight()));
        return Math.max(horizontal, vertical);
    }

    /**
     * The booking page of the demo builder in New York, reached from the directory, once it shows times in the
     * browser's zone: it starts in UTC and switches when the browser has told it its zone. The ajax update replaces
     * the elements being read, hence stale elements are retried.
     */
    private static void openBookingPageOfAda(Browser browser) {
        browser.open("/?name=Ada");
        new DirectoryPage(browser).openBuilder("Ada Okafor");
        browser.click("book-builder");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.id("week-label")).getText().endsWith("(UTC)"));
    }

    /**
     * Sends the booking page's confirmation as its button does, and drops the answer as a broken connection or a
     * proxy's timeout would: the page stays as it was, while the server has acted on it. The address the answer sent
     * the browser to.
     */
    private static String confirmationWhoseAnswerIsLost(Browser browser) {
        String answer = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('booking');
                const data = new URLSearchParams(new FormData(form));
                data.set('jakarta.faces.partial.ajax', 'true');
                data.set('jakarta.faces.source', 'booking:confirm');
                data.set('jakarta.faces.partial.execute', 'booking');
                data.set('jakarta.faces.partial.render', 'booking');
                data.set('booking:confirm', 'booking:confirm');
                fetch(form.action, {method: 'POST', body: data, headers: {'Faces-Request': 'partial/ajax'}})
                    .then(response => response.text()).then(done, failure => done(String(failure)));
                """);
        Matcher redirect = Pattern.compile("<redirect url=\"([^\"]+)\"").matcher(answer);
        assertThat(redirect.find()).as(answer).isTrue();
        return redirect.group(1).replace("&amp;", "&");
    }

    /** The signed-in client's upcoming bookings, as their dashboard lists them. */
    private static List<WebElement> upcomingBookings(Browser browser) {
        MyBookingsPage.open(browser);
        return browser.driver().findElements(By.cssSelector("#upcoming article[data-booking]"));
    }

    private static String selectedZone(Browser browser) {
        return new Select(browser.driver().findElement(By.id("booking:timezone"))).getFirstSelectedOption()
                .getAttribute("value");
    }

    private static void register(String email, String password) throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(BASE_URL + "api/accounts"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                                .add("email", email).add("displayName", "Client in Kolkata")
                                .add("password", password).add("timezone", "Asia/Kolkata").build().toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        try (JsonReader reader = Json.createReader(new StringReader(created.body()))) {
            JsonObject account = reader.readObject();
            assertThat(account.getString("timezone")).isEqualTo("Asia/Kolkata");
        }
    }
}
