package com.buildappswith.booking.scheduling.model;

import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionTypeTest {

    private final BuilderProfile builder = new BuilderProfile(
            new Account("ada@example.com", "Ada", ZoneId.of("UTC"), Instant.EPOCH), "Headline", "Bio", List.of(),
            ZoneId.of("UTC"));

    @Test
    void aZeroPriceMeansFree() {
        SessionType type = new SessionType(builder, "Intro", "Hello", Duration.ofMinutes(20),
                new Money(0, Currency.getInstance("USD")));

        assertThat(type.price()).isEmpty();
    }

    @Test
    void lastsBetweenFiveMinutesAndEightHours() {
        assertThatThrownBy(() -> new SessionType(builder, "Blink", "", Duration.ofMinutes(4), null))
                .hasMessage("A session lasts between 5 minutes and 8 hours.");
        assertThatThrownBy(() -> new SessionType(builder, "Marathon", "", Duration.ofMinutes(481), null))
                .hasMessage("A session lasts between 5 minutes and 8 hours.");
        assertThat(new SessionType(builder, "Day", "", Duration.ofHours(8), null).duration())
                .isEqualTo(Duration.ofHours(8));
    }
}
