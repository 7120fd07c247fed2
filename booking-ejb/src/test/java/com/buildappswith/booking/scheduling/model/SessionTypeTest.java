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
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionTypeTest {

    private final BuilderProfile builder = new BuilderProfile(
            new Account("ada@example.com", "Ada", ZoneId.of("UTC"), Instant.EPOCH), "Headline", "Bio", List.of(),
            ZoneId.of("UTC"));

    @Test
    void isBookableWhileOfferedByABuilderListedInTheDirectory() {
        SessionType type = new SessionType(builder, "Intro", "Hello", Duration.ofMinutes(20), null);
        assertThat(type.isBookable()).isFalse();

        builder.publish();
        assertThat(type.isBookable()).isTrue();

        type.changeActive(false);
        assertThat(type.isBookable()).isFalse();
        type.changeActive(true);
        assertThat(type.isBookable()).isTrue();
    }

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

    @Test
    void aBuilderRevisesNameDurationPriceAndRulesTogether() {
        SessionType type = new SessionType(builder, "Intro", "Hello", Duration.ofMinutes(20), null);

        type.describe("  Architecture review ", "Bring your diagrams.");
        type.changeDuration(Duration.ofMinutes(90));
        type.changePrice(new Money(15000, Currency.getInstance("EUR")));
        SlotRules rules = new SlotRules(Duration.ofMinutes(90), Duration.ofMinutes(10), Duration.ofMinutes(15),
                Duration.ofHours(24), Duration.ofDays(30), Duration.ofMinutes(15), 1, OptionalInt.of(2));
        type.scheduleWith(rules);

        assertThat(type.name()).isEqualTo("Architecture review");
        assertThat(type.price()).contains(new Money(15000, Currency.getInstance("EUR")));
        assertThat(type.slotRules()).isEqualTo(rules);
    }

    @Test
    void aNameIsRequiredAndShort() {
        SessionType type = new SessionType(builder, "Intro", "Hello", Duration.ofMinutes(20), null);

        assertThatThrownBy(() -> type.describe("   ", "")).hasMessage("A name has 1 to 80 characters.");
        assertThatThrownBy(() -> type.describe("x".repeat(81), "")).hasMessage("A name has 1 to 80 characters.");
        assertThat(type.name()).isEqualTo("Intro");
    }

    @Test
    void aDeactivatedTypeCanBeOfferedAgain() {
        SessionType type = new SessionType(builder, "Intro", "Hello", Duration.ofMinutes(20), null);

        type.deactivate();
        assertThat(type.isActive()).isFalse();
        type.activate();
        assertThat(type.isActive()).isTrue();
    }
}
