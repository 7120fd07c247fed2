package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.model.AvailabilityRepository;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.scheduling.model.SessionTypeRepository;
import com.buildappswith.booking.scheduling.model.WeeklyAvailability;
import com.buildappswith.booking.scheduling.model.WeeklyRange;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What builders offer: their active session types, and the weekly hours they can be booked in. */
@Stateless
public class SessionTypeCatalog {

    @Inject
    private SessionTypeRepository sessionTypes;

    @Inject
    private AvailabilityRepository availabilities;

    public List<SessionTypeView> activeSessionTypes(long builderId) {
        return activeSessionTypes(List.of(builderId)).getOrDefault(builderId, List.of());
    }

    /** One query for a whole page of builders. */
    public Map<Long, List<SessionTypeView>> activeSessionTypes(Collection<Long> builderIds) {
        return sessionTypes.offeredBy(builderIds).stream()
                .map(SessionTypeView::of)
                .collect(Collectors.groupingBy(SessionTypeView::builderId, Collectors.toList()));
    }

    public void offer(BuilderProfile builder, OfferedSession session) {
        sessionTypes.add(new SessionType(builder, session.name(), session.description(), session.duration(),
                session.price().orElse(null)));
    }

    public void addWeeklyHours(BuilderProfile builder, WeeklyHours hours) {
        availabilities.add(new WeeklyAvailability(builder,
                new WeeklyRange(hours.day(), hours.hours(), null, null)));
    }
}
