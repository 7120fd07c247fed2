package com.buildappswith.booking.profile.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongPassphrase() {
        assertThat(policy.check("correct horse battery", "ada@example.com")).isEmpty();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(policy.check("nine char", "ada@example.com")).contains("Use at least 10 characters.");
        assertThat(policy.check(null, "ada@example.com")).contains("Use at least 10 characters.");
    }

    @Test
    void refusesOverlongPasswords() {
        assertThat(policy.check("x".repeat(64) + "y".repeat(65), "ada@example.com"))
                .contains("Use at most 128 characters.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "Password123", "1234567890", "QWERTYUIOP"})
    void refusesPasswordsEveryoneTriesFirst(String password) {
        assertThat(policy.check(password, "ada@example.com")).isPresent();
    }

    @Test
    void refusesTheEmailItself() {
        assertThat(policy.check("Ada.Lovelace@Example.com", "ada.lovelace@example.com"))
                .contains("The password must not be your email address.");
    }
}
