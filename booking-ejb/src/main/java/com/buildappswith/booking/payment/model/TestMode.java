package com.buildappswith.booking.payment.model;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The offline test mode's marks: its provider name, stored with each of its payments, and its ids, which say
 * "test_mode" so that nobody mistakes one for a real provider's.
 */
public final class TestMode {

    public static final String PROVIDER = "test";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestMode() {
    }

    /** A fresh id with the test mode's mark, such as {@code cs_test_mode_3f2a...} for {@code "cs"}. */
    public static String newId(String prefix) {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return prefix + "_test_mode_" + HexFormat.of().formatHex(bytes);
    }
}
