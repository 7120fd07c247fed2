package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.scheduling.model.Booking;

import java.util.Objects;

/**
 * Who made a change of a booking, worded for the person reading its history: its client and its builder read "you",
 * "the client (Name)", "the builder (Name)", "an admin" or "the system", never anyone's sign-in email; admins read
 * the recorded actor as it is. A recorded actor is the principal name (an email) of whoever signed in, or the name
 * of a part of the application that acted on its own ("system", "payment"), which has no "@".
 *
 * @param viewerPrincipal  the principal name of who reads the history
 * @param clientPrincipal  the principal name of the booking's client
 * @param builderPrincipal the principal name of the booking's builder
 */
record HistoryActors(ViewerRole viewer, String viewerPrincipal, String clientPrincipal, String clientName,
                     String builderPrincipal, String builderName) {

    HistoryActors {
        Objects.requireNonNull(viewer, "The viewer is required.");
        Objects.requireNonNull(viewerPrincipal, "The viewer's principal name is required.");
    }

    /** The history of {@code booking} as {@code reader} reads it, in the role {@code viewer}. */
    static HistoryActors of(Booking booking, ViewerRole viewer, Account reader) {
        return new HistoryActors(viewer, reader.principalName(), booking.client().principalName(),
                booking.client().displayName(), booking.builder().account().principalName(),
                booking.builder().displayName());
    }

    /** The recorded {@code actor} as this viewer reads it. */
    String wording(String actor) {
        if (viewer == ViewerRole.ADMIN) {
            return actor;
        }
        if (actor.equals(viewerPrincipal)) {
            return "you";
        }
        if (actor.equals(clientPrincipal)) {
            return "the client (" + clientName + ")";
        }
        if (actor.equals(builderPrincipal)) {
            return "the builder (" + builderName + ")";
        }
        return actor.contains("@") ? "an admin" : "the system";
    }
}
