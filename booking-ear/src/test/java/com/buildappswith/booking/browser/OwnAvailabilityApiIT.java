package com.buildappswith.booking.browser;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A builder's hours through {@code /api/me/availability}: weekly hours, a date's own hours and time off added and
 * removed again (far in the future, where no other test looks), and every kind of bad input answered 400 with a
 * problem that says what, changing nothing.
 */
class OwnAvailabilityApiIT {

    /** A date no other test books on: the hours added here never meet a booking. */
    private static final LocalDate FAR = LocalDate.of(2999, 6, 1);

    private final ApiCalls ada = new ApiCalls();

    @Test
    void aBuilderReadsAddsAndRemovesTheirHoursThroughTheApi() {
        JsonObject before = ada.ok("GET", "api/me/availability", null);
        assertThat(before.getString("timezone")).isEqualTo("America/New_York");
        assertThat(before.getJsonArray("weekly")).isNotEmpty();

        JsonObject weekly = ada.ok("POST", "api/me/availability/weekly", "{\"day\":\"SATURDAY\",\"start\":\"20:00\","
                + "\"end\":\"24:00\",\"validFrom\":\"" + FAR + "\",\"validUntil\":\"" + FAR.plusDays(30) + "\"}");
        JsonObject added = weekly.getJsonArray("weekly").getValuesAs(JsonObject.class).stream()
                .filter(hours -> FAR.toString().equals(hours.getString("validFrom", null)))
                .findFirst().orElseThrow();
        assertThat(added.getString("day")).isEqualTo("SATURDAY");
        assertThat(added.getJsonObject("hours").getString("end")).isEqualTo("24:00");

        JsonObject overridden = ada.ok("PUT", "api/me/availability/overrides/" + FAR,
                "{\"hours\":[{\"start\":\"08:00\",\"end\":\"10:00\"},{\"start\":\"14:00\",\"end\":\"16:00\"}]}");
        List<JsonObject> farDate = overridden.getJsonArray("overrides").getValuesAs(JsonObject.class).stream()
                .filter(date -> date.getString("date").equals(FAR.toString())).toList();
        assertThat(farDate).hasSize(2);
        JsonObject closed = ada.ok("PUT", "api/me/availability/overrides/" + FAR, "{\"closed\":true}");
        List<JsonObject> closedDate = closed.getJsonArray("overrides").getValuesAs(JsonObject.class).stream()
                .filter(date -> date.getString("date").equals(FAR.toString())).toList();
        assertThat(closedDate).singleElement().satisfies(date -> assertThat(date.getBoolean("closed")).isTrue());

        JsonObject off = ada.ok("POST", "api/me/availability/time-off", "{\"first\":\"" + FAR.plusDays(10)
                + "\",\"last\":\"" + FAR.plusDays(12) + "\",\"note\":\"Conference\"}");
        JsonObject timeOff = off.getJsonArray("timeOff").getValuesAs(JsonObject.class).stream()
                .filter(entry -> "Conference".equals(entry.getString("note", null))
                        && entry.getString("start").startsWith(FAR.plusDays(10).toString()))
                .findFirst().orElseThrow();

        ada.ok("DELETE", "api/me/availability/weekly/" + added.getJsonNumber("id"), null);
        ada.ok("DELETE", "api/me/availability/overrides/" + closedDate.get(0).getJsonNumber("id"), null);
        JsonObject after = ada.ok("DELETE", "api/me/availability/time-off/" + timeOff.getJsonNumber("id"), null);
        assertThat(after.toString()).doesNotContain(FAR.toString()).doesNotContain(FAR.plusDays(10).toString());
        assertThat(after.getJsonArray("weekly")).hasSameSizeAs(before.getJsonArray("weekly"));
    }

    @Test
    void malformedOversizedAndOutOfRangeInputIsA400ThatSaysWhatAndChangesNothing() {
        String before = ada.ok("GET", "api/me/availability", null).toString();

        ada.refused("POST", "api/me/availability/weekly", "{\"day\":\"FUNDAY\",\"start\":\"09:00\",\"end\":\"10:00\"}",
                "FUNDAY");
        ada.refused("POST", "api/me/availability/weekly", "{\"day\":\"MONDAY\",\"start\":\"25:00\",\"end\":\"26:00\"}",
                "25:00");
        ada.refused("POST", "api/me/availability/weekly", "{\"day\":\"MONDAY\",\"start\":\"17:00\",\"end\":\"09:00\"}",
                "start before it ends");
        ada.refused("POST", "api/me/availability/weekly", "{\"day\":\"MONDAY\",\"start\":\"09:00\",\"end\":\"10:00\","
                + "\"validFrom\":\"2999-02-01\",\"validUntil\":\"2999-01-01\"}", "2999-02-01");
        ada.refused("POST", "api/me/availability/weekly", "{\"day\":\"MONDAY\"", "JSON");
        ada.refused("PUT", "api/me/availability/overrides/2999-02-30", "{\"closed\":true}", "2999-02-30");
        ada.refused("PUT", "api/me/availability/overrides/+999999-01-01", "{\"closed\":true}", "between");
        ada.refused("PUT", "api/me/availability/overrides/" + FAR, "{\"hours\":["
                + "{\"start\":\"00:00\",\"end\":\"01:00\"},".repeat(13) + "{\"start\":\"02:00\",\"end\":\"03:00\"}]}",
                "at most");
        ada.refused("PUT", "api/me/availability/overrides/" + FAR, "{\"closed\":true,\"hours\":[{\"start\":\"08:00\","
                + "\"end\":\"09:00\"}]}", "closed");
        ada.refused("POST", "api/me/availability/time-off", "{\"first\":\"" + FAR + "\",\"note\":\""
                + "x".repeat(201) + "\"}", "200 characters");
        ada.refused("POST", "api/me/availability/time-off", "{\"first\":\"" + FAR.plusDays(3) + "\",\"last\":\""
                + FAR + "\"}", "");
        ada.refused("DELETE", "api/me/availability/weekly/abc", null, "abc");

        assertThat(ada.ok("GET", "api/me/availability", null).toString()).isEqualTo(before);
    }

    @Test
    void anEntryThatIsNotTheBuildersOwnOfItsKindIsNotFound() {
        JsonObject hours = ada.ok("GET", "api/me/availability", null);
        long weeklyId = hours.getJsonArray("weekly").getJsonObject(0).getJsonNumber("id").longValue();

        HttpResponse<String> asTimeOff = ada.send("DELETE", "api/me/availability/time-off/" + weeklyId, null);
        HttpResponse<String> missing = ada.send("DELETE", "api/me/availability/weekly/999999999", null);

        assertThat(asTimeOff.statusCode()).as(asTimeOff.body()).isEqualTo(404);
        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(404);
        assertThat(ada.ok("GET", "api/me/availability", null)).isEqualTo(hours);
    }

    @Test
    void aClientWhoIsNoBuilderHasNoHoursToRead() {
        HttpResponse<String> asClient = new ApiCalls(SignIn.DEMO_CLIENT).send("GET", "api/me/availability", null);

        assertThat(asClient.statusCode()).as(asClient.body()).isEqualTo(403);
        assertThat(asClient.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
}
