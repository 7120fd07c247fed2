package com.buildappswith.booking.web.scheduling;

import com.buildappswith.booking.scheduling.model.LocalRange;
import com.buildappswith.booking.scheduling.model.WeeklyRange;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The three small forms of the availability editor. Dates and times are typed as ISO text (2026-06-01, 09:30) so
 * they read the same in every browser and locale; the patterns catch typos beside the field and the model's
 * records catch ranges that end before they start.
 */
final class AvailabilityForms {

    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d";
    static final String DATE_MESSAGE = "Use a date such as 2026-06-01.";
    static final String TIME_MESSAGE = "Use a 24-hour time such as 09:30.";

    private AvailabilityForms() {
    }

    /** Hours every week on one weekday, optionally only between two dates. */
    public static class Weekly implements Serializable {

        @NotNull(message = "Choose a weekday.")
        private DayOfWeek day = DayOfWeek.MONDAY;

        @NotBlank(message = "Enter a start time.")
        @Pattern(regexp = TIME, message = TIME_MESSAGE)
        private String start = "09:00";

        @NotBlank(message = "Enter an end time.")
        @Pattern(regexp = TIME, message = TIME_MESSAGE)
        private String end = "17:00";

        @Pattern(regexp = DATE, message = DATE_MESSAGE)
        private String validFrom;

        @Pattern(regexp = DATE, message = DATE_MESSAGE)
        private String validUntil;

        WeeklyRange range() {
            return new WeeklyRange(day, new LocalRange(time(start), time(end)), date(validFrom), date(validUntil));
        }

        public DayOfWeek getDay() {
            return day;
        }

        public void setDay(DayOfWeek day) {
            this.day = day;
        }

        public String getStart() {
            return start;
        }

        public void setStart(String start) {
            this.start = start;
        }

        public String getEnd() {
            return end;
        }

        public void setEnd(String end) {
            this.end = end;
        }

        public String getValidFrom() {
            return validFrom;
        }

        public void setValidFrom(String validFrom) {
            this.validFrom = validFrom;
        }

        public String getValidUntil() {
            return validUntil;
        }

        public void setValidUntil(String validUntil) {
            this.validUntil = validUntil;
        }
    }

    /** One date with its own hours, or closed. */
    public static class DateHours implements Serializable {

        @NotBlank(message = "Enter the date.")
        @Pattern(regexp = DATE, message = DATE_MESSAGE)
        private String date;

        private boolean closed;

        @Pattern(regexp = TIME, message = TIME_MESSAGE)
        private String start = "09:00";

        @Pattern(regexp = TIME, message = TIME_MESSAGE)
        private String end = "17:00";

        LocalDate day() {
            return date(date);
        }

        Optional<LocalRange> hours() {
            if (closed) {
                return Optional.empty();
            }
            if (start == null || end == null) {
                throw new IllegalArgumentException("Enter the hours for that date, or mark it closed.");
            }
            return Optional.of(new LocalRange(time(start), time(end)));
        }

        public String getDate() {
            return date;
        }

        public void setDate(String date) {
            this.date = date;
        }

        public boolean isClosed() {
            return closed;
        }

        public void setClosed(boolean closed) {
            this.closed = closed;
        }

        public String getStart() {
            return start;
        }

        public void setStart(String start) {
            this.start = start;
        }

        public String getEnd() {
            return end;
        }

        public void setEnd(String end) {
            this.end = end;
        }
    }

    /** Whole days off, first to last inclusive. */
    public static class TimeOff implements Serializable {

        @NotBlank(message = "Enter the first day off.")
        @Pattern(regexp = DATE, message = DATE_MESSAGE)
        private String first;

        @Pattern(regexp = DATE, message = DATE_MESSAGE)
        private String last;

        @Size(max = 200, message = "A note has at most 200 characters.")
        private String note;

        LocalDate firstDay() {
            return date(first);
        }

        /** The last day off; the first when left empty, for a single day. */
        LocalDate lastDay() {
            return last == null ? date(first) : date(last);
        }

        public String getFirst() {
            return first;
        }

        public void setFirst(String first) {
            this.first = first;
        }

        public String getLast() {
            return last;
        }

        public void setLast(String last) {
            this.last = last;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    private static LocalTime time(String text) {
        return LocalTime.parse(text);
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(text + " is not a date in the calendar.");
        }
    }
}
