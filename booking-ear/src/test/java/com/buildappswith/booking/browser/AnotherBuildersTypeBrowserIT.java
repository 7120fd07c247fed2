package com.buildappswith.booking.browser;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session type belongs to its builder: asking for builder A's slots with builder B's type, by the API or on A's
 * booking page, never shows B's times under A's name.
 */
@ExtendWith(Browser.class)
class AnotherBuildersTypeBrowserIT {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    private final ApiClient api = new ApiClient();

    @Test
    void theSlotsApiRefusesABuilderWithAnotherBuildersType() throws Exception {
        JsonObject ada = builder("Ada Okafor");
        long priyasType = typeIds(builder("Priya Raman")).get(0);
        LocalDate from = LocalDate.now(KOLKATA).plusDays(2);

        HttpResponse<String> answer = api.get(slotsPath(ada.getJsonNumber("id").longValue(), priyasType, from));

        assertThat(answer.statusCode()).as(answer.body()).isIn(400, 404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void theBookingPageOfOneBuilderDoesNotShowAnotherBuildersType(Browser browser) throws Exception {
        JsonObject ada = builder("Ada Okafor");
        long adaId = ada.getJsonNumber("id").longValue();
        JsonObject priya = builder("Priya Raman");
        long priyasType = typeIds(priya).get(0);
        LocalDate from = LocalDate.now(KOLKATA).plusDays(2);

        browser.open("/booking/" + adaId + "?type=" + priyasType + "&tz=" + KOLKATA.getId() + "&start="
                + from.atStartOfDay(KOLKATA).toInstant());
        browser.screenshot("booking-page-with-another-builders-type");

        assertThat(browser.heading()).contains("Ada Okafor");
        long shownType = Long.parseLong(new Select(browser.driver().findElement(By.id("booking:sessionType")))
                .getFirstSelectedOption().getAttribute("value"));
        assertThat(typeIds(ada)).contains(shownType);
        Set<String> shown = browser.driver().findElements(By.cssSelector("button.slot")).stream()
                .map(button -> button.getAttribute("data-start"))
                .collect(Collectors.toSet());
        assertThat(shown).isNotEmpty()
                .isSubsetOf(starts(adaId, shownType, from))
                .doesNotContainAnyElementsOf(starts(priya.getJsonNumber("id").longValue(), priyasType, from));
    }

    private Set<String> starts(long builder, long type, LocalDate from) throws Exception {
        HttpResponse<String> answer = api.get(slotsPath(builder, type, from));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return read(answer).asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(slot -> slot.getString("start"))
                .collect(Collectors.toSet());
    }

    /** The week the booking page shows from {@code from}, in Kolkata. */
    private static String slotsPath(long builder, long type, LocalDate from) {
        return "api/builders/" + builder + "/slots?sessionType=" + type + "&from=" + from + "&to=" + from.plusDays(6)
                + "&tz=" + KOLKATA.getId();
    }

    private JsonObject builder(String name) throws Exception {
        HttpResponse<String> answer = api.get("api/builders?q=" + name.replace(" ", "%20"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return read(answer).asJsonArray().getJsonObject(0);
    }

    private static List<Long> typeIds(JsonObject builder) {
        return builder.getJsonArray("sessionTypes").getValuesAs(JsonObject.class).stream()
                .map(type -> type.getJsonNumber("id").longValue())
                .toList();
    }

    private static JsonValue read(HttpResponse<String> answer) {
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readValue();
        }
    }
}
