package com.buildappswith.booking.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class ZoneNamesTest {

    @ParameterizedTest
    @CsvSource({"Asia/Calcutta, Asia/Kolkata", "Asia/Saigon, Asia/Ho_Chi_Minh", "Asia/Katmandu, Asia/Kathmandu",
            "Asia/Rangoon, Asia/Yangon", "Europe/Kiev, Europe/Kyiv",
            "America/Buenos_Aires, America/Argentina/Buenos_Aires", "Atlantic/Faeroe, Atlantic/Faroe",
            "Pacific/Truk, Pacific/Chuuk", "Pacific/Ponape, Pacific/Pohnpei", "America/Godthab, America/Nuuk",
            "America/Indianapolis, America/Indiana/Indianapolis", "Africa/Asmera, Africa/Asmara",
            "US/Eastern, America/New_York"})
    void givesTheNamesBrowsersStillReportTheirCurrentName(String reported, String current) {
        assertThat(ZoneNames.canonical(ZoneId.of(reported))).isEqualTo(ZoneId.of(current));
    }

    @ParameterizedTest
    @CsvSource({"Asia/Kolkata", "Europe/Oslo", "America/New_York", "UTC", "Australia/Adelaide", "Europe/Berlin"})
    void leavesCurrentNamesAndPlacesOfTheirOwnAlone(String id) {
        assertThat(ZoneNames.canonical(ZoneId.of(id)).getId()).isEqualTo(id);
    }

    @Test
    void everyRenameKeepsTheSameRulesAndLeadsToAZoneThatIsNotRenamedItself() {
        ZoneNames.renamed().forEach((old, current) -> {
            assertThat(ZoneId.getAvailableZoneIds()).as(current).contains(current);
            assertThat(ZoneNames.isRenamed(current)).as(current).isFalse();
            assertThat(ZoneId.of(old).getRules()).as(old + " -> " + current).isEqualTo(ZoneId.of(current).getRules());
        });
    }

    @Test
    void neverTakesAnAbbreviationForAZone() {
        assertThat(ZoneId.SHORT_IDS.keySet()).noneMatch(ZoneNames::isRenamed);
    }
}
