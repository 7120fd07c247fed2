package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.model.ScheduleOwnerRepository;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.scheduling.model.SessionTypeRepository;

import java.util.Objects;

/**
 * A builder's changes to their session types, serialised with the bookings in progress: each takes the builder's
 * row lock first, the one every booking with the builder takes, and reads the type only under it, so a booking
 * either commits before the change against the type as it was, or sees the change (the lock raises the builder's
 * version, which tells the booking to read its type again). Plain Java inside the caller's transaction, like
 * {@link SlotBooker}: {@link OwnSessionTypes} in the server, the database test outside it.
 */
public final class SessionTypeChanges {

    private final SessionTypeRepository types;
    private final ScheduleOwnerRepository owners;

    public SessionTypeChanges(SessionTypeRepository types, ScheduleOwnerRepository owners) {
        this.types = Objects.requireNonNull(types, "A session type repository is required.");
        this.owners = Objects.requireNonNull(owners, "A schedule owner repository is required.");
    }

    /** A new type of {@code me}'s as drafted. */
    public SessionType offer(BuilderProfile me, SessionTypeDraft draft) {
        owners.lockForChangeOfSessionTypes(me);
        SessionType type = InvalidScheduleException.checked(() -> draft.newFor(me));
        types.add(type);
        return type;
    }

    /** Revises one of {@code me}'s types to the draft. */
    public SessionType revise(BuilderProfile me, long sessionTypeId, SessionTypeDraft draft) {
        SessionType type = lockedOwn(me, sessionTypeId);
        return InvalidScheduleException.checked(() -> draft.applyTo(type));
    }

    /** Offers one of {@code me}'s types again or stops offering it; its bookings stay either way. */
    public SessionType changeActive(BuilderProfile me, long sessionTypeId, boolean active) {
        SessionType type = lockedOwn(me, sessionTypeId);
        type.changeActive(active);
        return type;
    }

    private SessionType lockedOwn(BuilderProfile me, long sessionTypeId) {
        owners.lockForChangeOfSessionTypes(me);
        SessionType type = types.byId(sessionTypeId)
                .orElseThrow(() -> new InvalidScheduleException("No such session type."));
        CallerBuilders.requireOwn(type.builder(), me);
        return type;
    }
}
