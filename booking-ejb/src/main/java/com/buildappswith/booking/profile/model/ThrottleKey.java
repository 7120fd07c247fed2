package com.buildappswith.booking.profile.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What one throttle row counts for: an account or a client address, in a scope. Only a SHA-256 digest of the key is
 * kept, so the shared table lists no emails or addresses in clear and every key has one length. It is no
 * anonymisation: anyone holding the table can test a guessed email or IPv4 address against it.
 */
public record ThrottleKey(Scope scope, String digest) {

    /** The throttles that share the table. */
    public enum Scope { SIGN_IN_ACCOUNT, SIGN_IN_ADDRESS, REGISTRATION }

    public ThrottleKey {
        Objects.requireNonNull(scope, "A throttle scope is required.");
        Objects.requireNonNull(digest, "A key digest is required.");
    }

    /** The account's key: the normalized email, so letter case and spaces make no other key. */
    public static ThrottleKey account(String email) {
        return of(Scope.SIGN_IN_ACCOUNT, Account.normalize(email));
    }

    public static ThrottleKey signInAddress(String address) {
        return of(Scope.SIGN_IN_ADDRESS, address);
    }

    public static ThrottleKey registrationAddress(String address) {
        return of(Scope.REGISTRATION, address);
    }

    private static ThrottleKey of(Scope scope, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return new ThrottleKey(scope, HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
