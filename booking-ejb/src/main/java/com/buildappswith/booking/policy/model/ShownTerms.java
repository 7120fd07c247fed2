package com.buildappswith.booking.policy.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The cancellation terms a person saw before confirming a booking: the policy they came from and the
 * {@linkplain CancellationTerms#fingerprint() fingerprint} of its terms then. A booking made with them is refused when
 * the terms in force by then differ (an admin edited the policy, or the builder chose another), so nobody is bound by
 * terms they were not shown.
 */
public record ShownTerms(long policyId, String fingerprint) {

    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{32}");

    /** @throws InvalidTermsException when the fingerprint is not one {@link CancellationTerms} makes */
    public ShownTerms {
        if (fingerprint == null || !FINGERPRINT.matcher(fingerprint).matches()) {
            throw new InvalidTermsException("A terms fingerprint is 32 lower-case hex digits, as the terms were "
                    + "shown with.");
        }
    }

    /** What a page showing {@code terms} sends back. */
    public static ShownTerms of(PolicyTerms terms) {
        Objects.requireNonNull(terms, "Terms are required.");
        return new ShownTerms(terms.policyId(), terms.terms().fingerprint());
    }

    /** Whether the terms in force now are the ones shown: the same policy, with the same terms. */
    public boolean matches(PolicyTerms inForce) {
        return policyId == inForce.policyId() && fingerprint.equals(inForce.terms().fingerprint());
    }
}
