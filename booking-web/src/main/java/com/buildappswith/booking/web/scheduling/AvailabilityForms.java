package com.buildappswith.booking.web.scheduling;

import com.buildappswith.booking.scheduling.model.DateOverride;
import com.buildappswith.booking.scheduling.model.LocalRange;
import com.buildappswith.booking.scheduling.model.WeeklyRange;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The three small forms of the availability editor. Dates come from the browser's date picker, which sends ISO
 * dates (2026-06-01) in every locale; times are typed on a 24-hour clock (09:30, and 24:00 as an end), as
 * {@link LocalRange#parse} reads them. The patterns catch typos beside the field, also from a browser without a
 * date picker; the model catches hours that end before they start.
 */
final class AvailabilityForms {

    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    static final String DATE_MESSAGE = "Use a date such as 2026-06-01.";
    static final String START_MESSAGE = "Use a 24-hour time such as 09:30.";
    static final String END_MESSAGE = "Use a 24-hour time such as 17:30, or 24:00 for midnight.";

    private AvailabilityForms() {
    }

    /** Hours every week on one weekday, optionally only between two dates. */
    public static class Weekly implements Serializable {

        @NotNull(message = "Choose a weekday.")
        private DayOfWeek day = DayOfWeek.MONDAY;

        @NotBlank(message = "Enter a start time.")
        @Pattern(regexp = LocalRange.START_TEXT, message = START_MESSAGE)
        private String start = "09:00";

        @NotBlank(message = "Enter an end time.")
        @Pattern(regexp = LocalRange.END_TEXT, message = END_MESSAGE)
        private String end = "17:00";

        @Pattern(regexp = DATE, message = DATE_MESSAGE)
        private String validFrom;

        @Pattern(regexp = DATE, message = DATE_MESSAGE)
        private String validUntil;

        WeeklyRange range() {
            return new WeeklyRange(day, LocalRange.parse(start, end), date(validFrom), date(validUntil));
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

        @Pattern(regexp = LocalRange.START_TEXT, message = START_MESSAGE)
        private String start = "09:00";

        @Pattern(regexp = LocalRange.END_TEXT, message = END_MESSAGE)
        private String end = "17:00";

        /** The date with its hours, or closed: what replaces whatever the date had. */
        DateOverride override() {
            if (closed) {
                return DateOverride.closed(date(date));
            }
            if (start == null || end == null) {
                throw new IllegalArgumentException("Enter the hours for that date, or mark it closed.");
            }
            return new DateOverride(date(date), List.of(LocalRange.parse(start, end)));
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
