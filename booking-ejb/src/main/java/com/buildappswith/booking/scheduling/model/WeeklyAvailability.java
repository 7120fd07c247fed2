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
        this.builder = Objects.requireNonNull(builder, "Builder is required.");
        this.dayOfWeek = Objects.requireNonNull(dayOfWeek, "Day of week is required.");
        this.start = Objects.requireNonNull(start, "Start is required.");
        this.end = Objects.requireNonNull(end, "End is required.");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A range must start before it ends: " + start + "-" + end + ".");
        }
    }

    public WeeklyRange toRange() {
        return new WeeklyRange(dayOfWeek, new LocalRange(start, end), validFrom, validUntil);
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
}
