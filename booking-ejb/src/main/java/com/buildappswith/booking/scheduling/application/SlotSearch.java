package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.model.Availability;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.scheduling.model.SlotFinder;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Free slots of a session type, for anyone looking, in the viewer's own zone. */
@Stateless
@PermitAll
public class SlotSearch {

    /** One search covers at most this many days, so a request cannot ask the engine for years. */
    public static final int MAX_DAYS = 62;

    @Inject
    private EntityManager entityManager;

    @Inject
    private AvailabilityCache availabilityCache;

    @Inject
    private Clock clock;

    public List<SlotView> freeSlots(long sessionTypeId, LocalDate from, LocalDate to, ZoneId viewer) {
        if (to.isBefore(from)) {
            throw new BookingRefusedException("The end date must not be before the start date.", false);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new BookingRefusedException("Search at most " + MAX_DAYS + " days at once.", false);
        }
        SessionType type = Calendars.activeType(entityManager, sessionTypeId)
                .orElseThrow(() -> new BookingRefusedException("No such session type is offered.", false));
        BuilderProfile builder = type.builder();
        // The builder's version was read with the session type, before the hours: hours read now are at least as new.
        Availability availability = availabilityCache.availability(builder.id(), builder.version(),
                () -> Calendars.availabilityOf(entityManager, builder));
        Instant now = clock.instant();
        Instant windowStart = from.atStartOfDay(viewer).toInstant().minus(Duration.ofDays(2));
        Instant windowEnd = to.plusDays(1).atStartOfDay(viewer).toInstant().plus(Duration.ofDays(2));
        return new SlotFinder(clock)
                .freeSlots(type.slotRules(), availability,
                        Calendars.busy(entityManager, builder, type, windowStart, windowEnd, now),
                        from, to, viewer)
                .stream()
                .map(slot -> SlotView.of(slot, viewer))
                .toList();
    }
}
