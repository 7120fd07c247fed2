package com.buildappswith.booking.profile.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An email address as an account holds it: one {@code @}, a dot in the domain, no spaces, at most 254 characters
 * (the limit of SMTP's path). The one rule for registration, the API and the builder import alike. Two addresses
 * that differ only in letter case are the same account, so {@link #normalized()} is the account's key.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public EmailAddress {
        Objects.requireNonNull(value, "An email address is required.");
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not an email address: " + value);
        }
    }

    /** The address in {@code text} (surrounding spaces ignored), or empty when it is not one. */
    public static Optional<EmailAddress> parse(String text) {
        String address = text == null ? "" : text.strip();
        return isValid(address) ? Optional.of(new EmailAddress(address)) : Optional.empty();
    }

    private static boolean isValid(String address) {
        return address.length() <= MAX_LENGTH && SHAPE.matcher(address).matches();
    }

    public String normalized() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
