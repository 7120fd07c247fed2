package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.policy.model.PolicyTerms;

import java.util.Objects;

/**
 * A booking refused because the cancellation terms in force are not the ones the person was shown (an admin edited
 * the policy, or the builder chose another, after the page was drawn): a conflict, nothing is written, and the
 * person reviews the terms now in force and confirms again. The message names the new terms by their one-line form;
 * pages and the API word them with {@link #message(String)}.
 */
public class TermsChangedException extends BookingRefusedException {

    private final transient PolicyTerms inForce;

    public TermsChangedException(PolicyTerms inForce) {
        super(message(Objects.requireNonNull(inForce, "The terms in force are required.").terms().toString()), true);
        this.inForce = inForce;
    }

    /** What the person is told, with the terms now in force in the words of whoever tells it. */
    public static String message(String newTermsInWords) {
        String words = newTermsInWords.strip();
        return "The cancellation terms changed since you opened this page: now " + words
                + (words.endsWith(".") ? "" : ".") + " Please review them and confirm again.";
    }

    /** The policy and terms a booking made now would get. */
    public PolicyTerms inForce() {
        return inForce;
    }
}
