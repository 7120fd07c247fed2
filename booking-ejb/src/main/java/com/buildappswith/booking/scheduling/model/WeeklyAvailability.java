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

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/** A recurring range of hours on one weekday, in the builder's own timezone. */
@Entity
@Table(name = "weekly_availability")
public class WeeklyAvailability {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "weekly_availability_seq")
    @SequenceGenerator(name = "weekly_availability_seq", sequenceName = "weekly_availability_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "builder_id", nullable = false)
    private BuilderProfile builder;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 9)
    private DayOfWeek dayOfWeek;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    protected WeeklyAvailability() {
    }

    public WeeklyAvailability(BuilderProfile builder, DayOfWeek dayOfWeek, LocalTime start, LocalTime end) {
        this(builder, new WeeklyRange(dayOfWeek, start, end));
    }

    /** Hours from a range that may apply only between two dates; the range has already checked itself. */
    public WeeklyAvailability(BuilderProfile builder, WeeklyRange range) {
        this.builder = Objects.requireNonNull(builder, "Builder is required.");
        Objects.requireNonNull(range, "Range is required.");
        this.dayOfWeek = range.day();
        this.start = range.hours().start();
        this.end = range.hours().end();
        this.validFrom = range.validFrom();
        this.validUntil = range.validUntil();
    }

    public Long id() {
        return id;
    }

    public BuilderProfile builder() {
        return builder;
    }

    public DayOfWeek dayOfWeek() {
        return dayOfWeek;
    }

    public LocalTime start() {
        return start;
    }

    public LocalTime end() {
        return end;
    }

    public Optional<LocalDate> validFrom() {
        return Optional.ofNullable(validFrom);
    }

    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(validUntil);
    }
}
