package com.buildappswith.booking.web.api;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;

/**
 * Identifiers in the API's paths and parameters, read here rather than by the JAX-RS runtime: a malformed one is
 * then a 400 that names it, the same on every server, where the runtime's own conversion answers 404 with its
 * framework's wording (RESTEasy's "RESTEASY003870: Unable to extract parameter ...").
 */
final class Params {

    private Params() {
    }

    /** The positive whole number in {@code text}, the id named {@code name}. */
    static long id(String name, String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException(ProblemType.INVALID_INPUT, name + " is required: an id such as 42.");
        }
        try {
            long id = Long.parseLong(text.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // Told below, in the same words as a number out of range.
        }
        throw new DomainException(ProblemType.INVALID_INPUT,
                name + " '" + abbreviated(text) + "' is not an id: ids are whole numbers from 1.");
    }

    /** The whole number in {@code text}, the parameter named {@code name}, from {@code min} to {@code max}. */
    static int number(String name, String text, int min, int max) {
        try {
            int number = Integer.parseInt(text.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Told below, in the same words as a number out of range.
        }
        throw new DomainException(ProblemType.INVALID_INPUT,
                name + " '" + abbreviated(text) + "' is not a whole number from " + min + " to " + max + ".");
    }

    /** A request the API cannot read, with the sentence that says why. */
    static DomainException invalid(String message) {
        return new DomainException(ProblemType.INVALID_INPUT, message);
    }

    /** What a caller sent, short enough to quote back to them. */
    static String abbreviated(String text) {
        String stripped = text.strip();
        return stripped.length() <= 40 ? stripped : stripped.substring(0, 40) + "...";
    }
}
