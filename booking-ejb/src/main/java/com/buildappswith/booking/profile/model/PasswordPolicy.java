package com.buildappswith.booking.profile.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Length over composition (NIST SP 800-63B): at least 10 characters, at most 128, not the email, not one character
 * repeated, and not one of the passwords every attacker tries first.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = Set.of("password123", "1234567890", "qwertyuiop", "password1234",
            "iloveyou123", "letmein1234", "welcome1234", "administrator", "qwerty12345", "0987654321",
            "abcdefghij", "passw0rd123", "changeme123", "1q2w3e4r5t");

    /** @return why the password is refused, or empty when it is acceptable */
    public Optional<String> check(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        if (password.chars().distinct().count() == 1) {
            return Optional.of("A password of one repeated character is too easy to guess.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of("This password is among the most common ones; choose another.");
        }
        if (email != null && lower.equals(Account.normalize(email))) {
            return Optional.of("The password must not be your email address.");
        }
        return Optional.empty();
    }
}
