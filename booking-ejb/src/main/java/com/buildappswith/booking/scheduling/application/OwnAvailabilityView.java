package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.scheduling.model.AvailabilityException;
import com.buildappswith.booking.scheduling.model.LocalRange;
import com.buildappswith.booking.scheduling.model.StoredAvailability;
import com.buildappswith.booking.scheduling.model.StoredWeeklyRange;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A builder's hours as they edit them, in their own zone: weekly ranges by weekday, dates with their own hours,
 * and time off.
 */
public record OwnAvailabilityView(ZoneId zone, List<Weekly> weekly, List<DateHours> overrides,
                                  List<Off> timeOff) {

    static OwnAvailabilityView of(StoredAvailability stored) {
        return new OwnAvailabilityView(stored.zone(),
                stored.weekly().stream()
                        .map(Weekly::of)
                        .sorted(Comparator.comparing(Weekly::day).thenComparing(weekly -> weekly.hours().start()))
                        .toList(),
                stored.overrides().stream()
                        .map(DateHours::of)
                        .sorted(Comparator.comparing(DateHours::date))
                        .toList(),
                stored.timeOff().stream()
                        .map(exception -> Off.of(exception, stored.zone()))
                        .sorted(Comparator.comparing(Off::start))
                        .toList());
    }

    /** Recurring hours, optionally only between two dates (both inclusive). */
    public record Weekly(long id, DayOfWeek day, LocalRange hours, Optional<LocalDate> validFrom,
                         Optional<LocalDate> validUntil) {

        static Weekly of(StoredWeeklyRange hours) {
            return new Weekly(hours.id(), hours.range().day(), hours.range().hours(),
                    Optional.ofNullable(hours.range().validFrom()), Optional.ofNullable(hours.range().validUntil()));
        }
    }

    /** A date with its own hours; no hours means closed that day. */
    public record DateHours(long id, LocalDate date, Optional<LocalRange> hours) {

        static DateHours of(AvailabilityException exception) {
            return new DateHours(exception.id(), exception.overrideDate(), exception.hours());
        }
    }

    /** Time off, shown in the builder's zone. */
    public record Off(long id, ZonedDateTime start, ZonedDateTime end, Optional<String> note) {

        static Off of(AvailabilityException exception, ZoneId zone) {
            return new Off(exception.id(), exception.timeOff().start().atZone(zone),
                    exception.timeOff().end().atZone(zone), exception.note());
        }
    }
}
