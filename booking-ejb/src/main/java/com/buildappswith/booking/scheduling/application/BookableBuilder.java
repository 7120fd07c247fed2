package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.application.BuilderView;

import java.util.List;
import java.util.Objects;

/** A listed builder as the booking wizard starts from: who they are and the session types they offer. */
public record BookableBuilder(BuilderView profile, List<SessionTypeView> sessionTypes) {

    public BookableBuilder {
        Objects.requireNonNull(profile, "Profile is required.");
        sessionTypes = List.copyOf(sessionTypes);
    }
}
