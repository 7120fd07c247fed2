package com.buildappswith.booking.shared;

/** Fitting free text into the columns that keep it. */
public final class Texts {

    private Texts() {
    }

    /**
     * The text as it is when it fits in {@code max} characters, else cut with an ellipsis: for records that must
     * never refuse what they record (logs, errors, histories).
     */
    public static String fitted(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
