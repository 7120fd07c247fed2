package com.buildappswith.booking.policy.application;

import com.buildappswith.booking.policy.model.CancellationTerms;

import java.util.Objects;

/** A policy as an admin typed it: its terms (validated when made) and whether builders may choose it. */
public record PolicyDraft(CancellationTerms terms, boolean published) {

    public PolicyDraft {
        Objects.requireNonNull(terms, "Terms are required.");
    }
}
