package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.policy.model.CancellationPolicy;
import com.buildappswith.booking.policy.model.PolicyRepository;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.model.ScheduleOwnerRepository;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.scheduling.model.SessionTypeRepository;

import java.util.Objects;
import java.util.Optional;

/**
 * A builder's changes to their session types, serialised with the bookings in progress: each takes the builder's
 * row lock first, the one every booking with the builder takes, and reads the type only under it, so a booking
 * either commits before the change against the type as it was, or sees the change (the lock raises the builder's
 * version, which tells the booking to read its type again). Plain Java inside the caller's transaction, like
 * {@link SlotBooker}: {@link OwnSessionTypes} in the server, the database test outside it. A type's policy must be
 * one builders may choose (published) when it is chosen; one chosen earlier and unpublished since may stay (its
 * bookings get the site default meanwhile).
 */
public final class SessionTypeChanges {

    private final SessionTypeRepository types;
    private final ScheduleOwnerRepository owners;
    private final PolicyRepository policies;

    public SessionTypeChanges(SessionTypeRepository types, ScheduleOwnerRepository owners,
                              PolicyRepository policies) {
        this.types = Objects.requireNonNull(types, "A session type repository is required.");
        this.owners = Objects.requireNonNull(owners, "A schedule owner repository is required.");
        this.policies = Objects.requireNonNull(policies, "A policy repository is required.");
    }

    /** A new type of {@code me}'s as drafted. */
    public SessionType offer(BuilderProfile me, SessionTypeDraft draft) {
        owners.lockForChangeOfSessionTypes(me);
        requireChoosable(draft.policyId(), Optional.empty());
        SessionType type = InvalidScheduleException.checked(() -> draft.newFor(me));
        types.add(type);
        return type;
    }

    /** Revises one of {@code me}'s types to the draft. */
    public SessionType revise(BuilderProfile me, long sessionTypeId, SessionTypeDraft draft) {
        SessionType type = lockedOwn(me, sessionTypeId);
        requireChoosable(draft.policyId(), type.policyId());
        return InvalidScheduleException.checked(() -> draft.applyTo(type));
    }

    /** Offers one of {@code me}'s types again or stops offering it; its bookings stay either way. */
    public SessionType changeActive(BuilderProfile me, long sessionTypeId, boolean active) {
        SessionType type = lockedOwn(me, sessionTypeId);
        type.changeActive(active);
        return type;
    }

    /**
     * Gives one of {@code me}'s types the policy {@code policyId} (empty: the site default) and nothing else, so a
     * change of its other settings made meanwhile (switched off on the page) stays as it is.
     */
    public SessionType changePolicy(BuilderProfile me, long sessionTypeId, Optional<Long> policyId) {
        SessionType type = lockedOwn(me, sessionTypeId);
        requireChoosable(policyId, type.policyId());
        type.choosePolicy(policyId);
        return type;
    }

    private void requireChoosable(Optional<Long> chosen, Optional<Long> current) {
        if (chosen.isEmpty() || chosen.equals(current)) {
            return;
        }
        policies.byId(chosen.get()).filter(CancellationPolicy::isPublished).orElseThrow(() ->
                new InvalidScheduleException("Choose one of the published cancellation policies, or the site "
                        + "default."));
    }

    private SessionType lockedOwn(BuilderProfile me, long sessionTypeId) {
        owners.lockForChangeOfSessionTypes(me);
        SessionType type = types.byId(sessionTypeId)
                .orElseThrow(() -> new InvalidScheduleException("No such session type."));
        CallerBuilders.requireOwn(type.builder(), me);
        return type;
    }
}
