package com.buildappswith.booking.web.booking;

import com.buildappswith.booking.scheduling.application.SessionTypeView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BookingChoiceTest {

    private static final List<SessionTypeView> OFFERED = List.of(type(11), type(12));

    @ParameterizedTest
    @CsvSource({"12, 12", "99, 11"})
    void keepsTheChosenSessionTypeIfTheBuilderOffersItElseChoosesTheFirst(long chosen, long kept) {
        BookingChoice choice = new BookingChoice();
        choice.setSessionTypeId(chosen);

        choice.offer(OFFERED);

        assertThat(choice.getSessionTypeId()).isEqualTo(kept);
        assertThat(choice.getSessionTypes()).hasSize(2);
    }

    @Test
    void hasNothingToSearchWithoutATypeOrAZone() {
        BookingChoice choice = new BookingChoice();
        choice.offer(List.of());
        assertThat(choice.getSessionTypeId()).isNull();
        assertThat(choice.isSearchable()).isFalse();

        choice.offer(OFFERED);
        choice.setTimezone("Mars/Olympus");
        assertThat(choice.isSearchable()).isFalse();
        assertThat(choice.zone()).isEqualTo(ZoneId.of("UTC"));

        choice.setTimezone("Asia/Kolkata");
        assertThat(choice.isSearchable()).isTrue();
        assertThat(choice.zone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
    }

    private static SessionTypeView type(long id) {
        return new SessionTypeView(id, 7, "Type " + id, "", Duration.ofMinutes(30), Optional.empty());
    }
}
