package com.buildappswith.booking.scheduling.model;

import com.buildappswith.booking.profile.model.BuilderProfile;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A builder's availability as it is stored, entry by entry, each with the id it is stored under, in the builder's
 * zone. It is the one shape in which availability is read ({@link AvailabilityRepository#of}): the builder edits
 * these entries, and the slot engine and the builder's calendar work on the {@link Availability} made from them.
 *
 * @param exceptions date overrides and time off, as entities: the builder removes them one at a time
 */
public record StoredAvailability(ZoneId zone, List<StoredWeeklyRange> weekly,
                                 List<AvailabilityException> exceptions) {

    public StoredAvailability {
        Objects.requireNonNull(zone, "Zone is required.");
        weekly = List.copyOf(Objects.requireNonNull(weekly, "Weekly hours are required."));
        exceptions = List.copyOf(Objects.requireNonNull(exceptions, "Exceptions are required."));
    }

    public List<AvailabilityException> overrides() {
        return exceptions.stream().filter(e -> e.kind() == AvailabilityException.Kind.OVERRIDE).toList();
    }

    public List<AvailabilityException> timeOff() {
        return exceptions.stream().filter(e -> e.kind() == AvailabilityException.Kind.TIME_OFF).toList();
    }

    /**
     * What saving {@code override} changes: a date's hours are set as a whole, so every override stored for that date
     * goes (closing a date that had hours closes it; new hours replace the old) and the new override's rows take
     * their place. Time off is another matter and stays.
     */
    public DateOverrideChange override(BuilderProfile builder, DateOverride override) {
        return new DateOverrideChange(
                overrides().stream().filter(e -> e.overrideDate().equals(override.date())).toList(),
                AvailabilityException.overriding(builder, override));
    }

    /** The same hours as the slot engine reads them: several overrides of one date add up to that date's hours. */
    public Availability availability() {
        Map<LocalDate, List<LocalRange>> overridden = new TreeMap<>();
        overrides().forEach(e -> {
            List<LocalRange> hours = overridden.computeIfAbsent(e.overrideDate(), date -> new ArrayList<>());
            e.hours().ifPresent(hours::add);
        });
        return new Availability(zone,
                weekly.stream().map(StoredWeeklyRange::range).toList(),
                overridden.entrySet().stream().map(day -> new DateOverride(day.getKey(), day.getValue())).toList(),
                timeOff().stream().map(AvailabilityException::timeOff).toList());
    }
}
