package com.buildappswith.booking.browser;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
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
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A client in India books a free session with a builder in New York; both see the time in their own zone. */
@ExtendWith(Browser.class)
class BookingBrowserIT {

    private static final String BASE_URL = System.getProperty("booking.baseUrl", "http://localhost:8080/");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void clientInKolkataBooksAFreeSessionWithABuilderInNewYork(Browser browser) throws Exception {
        signInAsNewClientInKolkata(browser, "kolkata");

        browser.open("/?name=Ada");
        new DirectoryPage(browser).openBuilder("Ada Okafor");
        browser.click("book-builder");
        // The page starts in UTC and switches once the browser has told it its zone. Chromium may name this zone by
        // its older alias, Asia/Calcutta: the same rules, so either is right. The ajax update replaces the elements
        // being read, hence stale elements are retried.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.id("week-label")).getText().endsWith("(UTC)"));
        ZoneId detected = ZoneId.of(new Select(browser.driver().findElement(By.id("booking:timezone")))
                .getFirstSelectedOption().getAttribute("value"));
        assertThat(detected.getRules()).isEqualTo(KOLKATA.getRules());
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

        browser.clickAndWait(browser.driver().findElements(By.cssSelector(".free-slot")).get(0));

        assertThat(browser.path()).matches("/booking/\\d+");
        assertThat(browser.driver().findElement(By.id("booking-details")).getText()).contains("Your booking");
        browser.screenshot("booking-from-calendar");
    }

    /** A new client whose browser runs in India, signed in. */
    private static void signInAsNewClientInKolkata(Browser browser, String name) throws Exception {
        String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String password = "namaste from kolkata";
        register(email, password);
        browser.emulateTimezone("Asia/Kolkata");
        SignIn.as(browser, email, password);
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
