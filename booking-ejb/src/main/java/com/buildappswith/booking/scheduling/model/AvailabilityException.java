package com.buildappswith.booking.scheduling.model;

import com.buildappswith.booking.profile.model.BuilderProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An exception to a builder's weekly hours: on one date other hours (or none), or time off between two instants.
 */
@Entity
@Table(name = "availability_exception")
public class AvailabilityException {

    public enum Kind { OVERRIDE, TIME_OFF }

    public static final int MAX_NOTE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "availability_exception_seq")
    @SequenceGenerator(name = "availability_exception_seq", sequenceName = "availability_exception_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "builder_id", nullable = false)
    private BuilderProfile builder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(name = "override_date")
    private LocalDate overrideDate;

    @Column(name = "start_time")
    private LocalTime start;

    @Column(name = "end_time")
    private LocalTime end;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(length = MAX_NOTE)
    private String note;

    protected AvailabilityException() {
    }

    /** The rows that store {@code override}: one per range, or one without hours when it closes the day. */
    public static List<AvailabilityException> overriding(BuilderProfile builder, DateOverride override) {
        if (override.isClosed()) {
            return List.of(override(builder, override.date(), Optional.empty()));
        }
        return override.hours().stream().map(range -> override(builder, override.date(), Optional.of(range))).toList();
    }

    /** On {@code date} the builder works these hours instead of the weekly ones; no range closes the day. */
    public static AvailabilityException override(BuilderProfile builder, LocalDate date, Optional<LocalRange> hours) {
        AvailabilityException exception = new AvailabilityException(builder, Kind.OVERRIDE, null);
        exception.overrideDate = Objects.requireNonNull(date, "Date is required.");
        hours.ifPresent(range -> {
            exception.start = range.start();
            exception.end = range.end();
        });
        return exception;
    }

    /**
     * Time off with an optional note for the builder's own eyes; a blank note is none.
     *
     * @throws IllegalArgumentException when the note is longer than {@link #MAX_NOTE}
     */
    public static AvailabilityException timeOff(BuilderProfile builder, TimeOff off, String note) {
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE) {
            throw new IllegalArgumentException("A note has at most " + MAX_NOTE + " characters.");
        }
        AvailabilityException exception = new AvailabilityException(builder, Kind.TIME_OFF,
                text.isEmpty() ? null : text);
        exception.startsAt = off.start();
        exception.endsAt = off.end();
        return exception;
    }

    private AvailabilityException(BuilderProfile builder, Kind kind, String note) {
        this.builder = Objects.requireNonNull(builder, "Builder is required.");
        this.kind = kind;
        this.note = note == null ? null : note.strip();
    }

    public Long id() {
        return id;
    }

    public BuilderProfile builder() {
        return builder;
    }

    public Kind kind() {
        return kind;
    }

    public LocalDate overrideDate() {
        return overrideDate;
    }

    /** The override's hours, or empty when it closes the day. */
    public Optional<LocalRange> hours() {
        return start == null ? Optional.empty() : Optional.of(new LocalRange(start, end));
    }

    public TimeOff timeOff() {
        return new TimeOff(startsAt, endsAt);
    }

    /**
     * Refuses, with the reason, an exception as stored that the model cannot use: a kind without its date, hours
     * or instants, or hours or time off that end before they start.
     */
    public void checkReadable() {
        Objects.requireNonNull(kind, "Kind is required.");
        if (kind == Kind.TIME_OFF) {
            timeOff();
        } else {
            Objects.requireNonNull(overrideDate, "Date is required.");
            if (start != null || end != null) {
                new LocalRange(start, end);
            }
        }
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }
}
