package com.buildappswith.booking.policy.model;

import java.util.Objects;

/** The terms a new booking is made under, and the policy they come from (which may later change its own). */
public record PolicyTerms(long policyId, CancellationTerms terms) {

    /** The site default that the first migration of policies seeds, with its id. */
    public static final PolicyTerms STANDARD = new PolicyTerms(1, CancellationTerms.STANDARD);

    public PolicyTerms {
        Objects.requireNonNull(terms, "Terms are required.");
    }
}
