package com.buildappswith.booking.profile.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistrationTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final String PASSWORD = "a sufficiently long password";

    @Test
    void opensAClientAccountWithTheTypedValuesStrippedAndOnlyTheHashStored() {
        Registration registration = Registration.of("  Ada@Example.com ", "  Ada  ", KOLKATA, PASSWORD);

        Account account = registration.open("hash-of-the-password", Instant.EPOCH);

        assertThat(account.email()).isEqualTo("Ada@Example.com");
        assertThat(account.principalName()).isEqualTo("ada@example.com");
        assertThat(account.displayName()).isEqualTo("Ada");
        assertThat(account.timezone()).isEqualTo(KOLKATA);
        assertThat(account.createdAt()).isEqualTo(Instant.EPOCH);
        assertThat(account.roles()).containsExactly(Role.CLIENT);
        assertThat(account.passwordHash()).contains("hash-of-the-password");
        assertThat(account.canSignIn()).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"not an email", "ada@example", "@example.com", "ada@@example.com"})
    void refusesWhatIsNotAnEmailAddressBesideTheEmailField(String email) {
        assertRefused(() -> Registration.of(email, "Ada", KOLKATA, PASSWORD), "email", "Enter a valid email address.");
    }

    @Test
    void refusesAnEmailLongerThanMailCanCarry() {
        String email = "a".repeat(EmailAddress.MAX_LENGTH) + "@example.com";

        assertRefused(() -> Registration.of(email, "Ada", KOLKATA, PASSWORD), "email", "Enter a valid email address.");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesAMissingDisplayName(String displayName) {
        assertRefused(() -> Registration.of("ada@example.com", displayName, KOLKATA, PASSWORD), "displayName",
                "Give a display name of 1 to 100 characters.");
    }

    @Test
    void refusesAnOverlongDisplayNameButAcceptsOneOfTheMaximumLength() {
        assertRefused(() -> Registration.of("ada@example.com", "x".repeat(Account.MAX_DISPLAY_NAME + 1), KOLKATA,
                PASSWORD), "displayName", "Give a display name of 1 to 100 characters.");
        assertThat(Registration.of("ada@example.com", "x".repeat(Account.MAX_DISPLAY_NAME), KOLKATA, PASSWORD))
                .isNotNull();
    }

    @Test
    void refusesAPasswordThePolicyRefusesWithThePolicysReason() {
        assertRefused(() -> Registration.of("ada@example.com", "Ada", KOLKATA, "short"), "password",
                "Use at least 10 characters.");
        assertRefused(() -> Registration.of("ada@example.com", "Ada", KOLKATA, "Ada@Example.com"), "password",
                "The password must not be your email address.");
    }

    @Test
    void refusesARegistrationWithoutATimezone() {
        assertRefused(() -> Registration.of("ada@example.com", "Ada", null, PASSWORD), "timezone",
                "Choose a timezone from the list.");
    }

    @Test
    void namesTheFirstBrokenRuleInTheOrderOfTheForm() {
        assertRefused(() -> Registration.of("not an email", "", null, "short"), "email",
                "Enter a valid email address.");
        assertRefused(() -> Registration.of("ada@example.com", "", null, "short"), "displayName",
                "Give a display name of 1 to 100 characters.");
    }

    @Test
    void neverShowsThePasswordWhenPrinted() {
        assertThat(Registration.of("ada@example.com", "Ada", KOLKATA, PASSWORD).toString())
                .doesNotContain(PASSWORD)
                .contains("ada@example.com");
    }

    private static void assertRefused(Runnable registering, String field, String message) {
        assertThatThrownBy(registering::run)
                .isInstanceOfSatisfying(InvalidRegistrationException.class,
                        refusal -> assertThat(refusal.field()).isEqualTo(field))
                .hasMessage(message);
    }
}
