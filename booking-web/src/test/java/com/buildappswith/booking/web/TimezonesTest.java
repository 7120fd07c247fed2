package com.buildappswith.booking.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class TimezonesTest {

    @Test
    void readsAZoneFromABrowserOrAFormUnderItsCurrentName() {
        assertThat(Timezones.parse("Asia/Calcutta")).contains(ZoneId.of("Asia/Kolkata"));
        assertThat(Timezones.parse(" Europe/Kiev ")).contains(ZoneId.of("Europe/Kyiv"));
        assertThat(Timezones.parse("Asia/Kolkata")).contains(ZoneId.of("Asia/Kolkata"));
        assertThat(Timezones.parse("Mars/Olympus_Mons")).isEmpty();
        assertThat(Timezones.parse(" ")).isEmpty();
    }

    @Test
    void offersEveryZoneOnceUnderItsCurrentName() {
        Timezones timezones = new Timezones();

        assertThat(timezones.getIds()).contains("Asia/Kolkata", "Europe/Kyiv", "America/Argentina/Buenos_Aires")
                .doesNotContain("Asia/Calcutta", "Europe/Kiev", "America/Buenos_Aires", "US/Eastern");
    }

    @Test
    void tellsThePageScriptTheCurrentNameOfEachOldOne() {
        try (var reader = Json.createReader(new StringReader(new Timezones().getRenamedJson()))) {
            JsonObject renames = reader.readObject();
            assertThat(renames.getString("Asia/Calcutta")).isEqualTo("Asia/Kolkata");
            assertThat(renames.getString("Asia/Saigon")).isEqualTo("Asia/Ho_Chi_Minh");
        }
    }
}
