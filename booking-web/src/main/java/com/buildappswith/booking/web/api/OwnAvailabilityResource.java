package com.buildappswith.booking.web.api;

import com.buildappswith.booking.scheduling.application.AvailabilityEditor;
import com.buildappswith.booking.scheduling.application.OwnAvailabilityView;
import com.buildappswith.booking.scheduling.model.AvailabilityException;
import com.buildappswith.booking.scheduling.model.DateOverride;
import com.buildappswith.booking.scheduling.model.LocalRange;
import com.buildappswith.booking.scheduling.model.WeeklyRange;
import com.buildappswith.booking.shared.CalendarRange;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;
import com.buildappswith.booking.web.Formats;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@code /api/me/availability}: the signed-in builder's own hours, in their own zone, with the same rules and locks
 * as the availability page (both go through {@link AvailabilityEditor}, which takes the builder's row lock, so a
 * change waits for bookings in progress with them). {@code GET} returns weekly hours, dates with their own hours
 * and time off; {@code POST weekly} adds weekly hours, {@code PUT overrides/{date}} replaces what a date had
 * (hours, or closed), {@code POST time-off} adds whole days off, and {@code DELETE weekly/{id}},
 * {@code overrides/{id}}, {@code time-off/{id}} remove one entry. Each change answers with the hours as they now
 * stand. Times on a 24-hour clock ({@code 09:30}, {@code 24:00} as an end), dates as ISO dates; anything
 * malformed, too long or out of range is a 400 that says what.
 */
@Path("me/availability")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OwnAvailabilityResource {

    /** More hours than this on one date is not a working day but a mistake. */
    static final int MAX_RANGES_A_DAY = 12;

    @Inject
    private AvailabilityEditor editor;

    @GET
    public AvailabilityJson availability() {
        return AvailabilityJson.of(editor.availability());
    }

    @POST
    @Path("weekly")
    public AvailabilityJson addWeeklyHours(@NotNull(message = "A JSON body is required.") WeeklyJson body) {
        WeeklyRange range = readable(() -> new WeeklyRange(day(body.day()), LocalRange.parse(body.start(),
                body.end()), optionalDate("validFrom", body.validFrom()), optionalDate("validUntil",
                body.validUntil())));
        return AvailabilityJson.of(editor.addWeeklyHours(range));
    }

    @DELETE
    @Path("weekly/{id}")
    public AvailabilityJson removeWeeklyHours(@PathParam("id") String idText) {
        return AvailabilityJson.of(editor.removeWeeklyHours(ownEntry(idText, "weekly hours",
                view -> view.weekly().stream().map(OwnAvailabilityView.Weekly::id))));
    }

    /** The date's hours from now on (an empty list or {@code "closed": true} closes it), replacing what it had. */
    @PUT
    @Path("overrides/{date}")
    public AvailabilityJson overrideDate(@PathParam("date") String dateText,
                                         @NotNull(message = "A JSON body is required.") OverrideJson body) {
        LocalDate date = date("date", dateText);
        List<RangeJson> hours = body.hours() == null ? List.of() : body.hours();
        if (hours.size() > MAX_RANGES_A_DAY) {
            throw Params.invalid("A date has at most " + MAX_RANGES_A_DAY + " ranges of hours.");
        }
        if (hours.stream().anyMatch(Objects::isNull)) {
            throw Params.invalid("Each range of hours needs start and end.");
        }
        if (body.closed() && !hours.isEmpty()) {
            throw Params.invalid("A closed date has no hours: send either \"closed\": true or hours.");
        }
        DateOverride override = readable(() -> hours.isEmpty() ? DateOverride.closed(date)
                : new DateOverride(date, hours.stream().map(range -> LocalRange.parse(range.start(), range.end()))
                        .toList()));
        return AvailabilityJson.of(editor.overrideDate(override));
    }

    @DELETE
    @Path("overrides/{id}")
    public AvailabilityJson removeOverride(@PathParam("id") String idText) {
        return AvailabilityJson.of(editor.removeException(ownEntry(idText, "date override",
                view -> view.overrides().stream().map(OwnAvailabilityView.DateHours::id))));
    }

    /** Whole days off, {@code first} to {@code last} inclusive ({@code last} absent for one day). */
    @POST
    @Path("time-off")
    public AvailabilityJson takeTimeOff(@NotNull(message = "A JSON body is required.") TimeOffJson body) {
        LocalDate first = date("first", body.first());
        LocalDate last = body.last() == null ? first : date("last", body.last());
        if (body.note() != null && body.note().length() > AvailabilityException.MAX_NOTE) {
            throw Params.invalid("note has at most " + AvailabilityException.MAX_NOTE + " characters.");
        }
        return AvailabilityJson.of(editor.takeTimeOff(first, last, body.note()));
    }

    @DELETE
    @Path("time-off/{id}")
    public AvailabilityJson removeTimeOff(@PathParam("id") String idText) {
        return AvailabilityJson.of(editor.removeException(ownEntry(idText, "time off",
                view -> view.timeOff().stream().map(OwnAvailabilityView.Off::id))));
    }

    /**
     * The id in {@code idText}, of one of the caller's own entries of a kind; any other (another builder's, or an
     * entry of another kind, which shares the ids of date overrides and time off) does not exist for them (404).
     */
    private long ownEntry(String idText, String kind, Function<OwnAvailabilityView, Stream<Long>> ids) {
        long id = Params.id("id", idText);
        if (ids.apply(editor.availability()).noneMatch(own -> own == id)) {
            throw new DomainException(ProblemType.NOT_FOUND, "You have no " + kind + " " + id + ".");
        }
        return id;
    }

    private static <T> T readable(Supplier<T> reading) {
        try {
            return reading.get();
        } catch (IllegalArgumentException e) {
            throw Params.invalid(e.getMessage());
        }
    }

    private static DayOfWeek day(String text) {
        if (text == null) {
            throw Params.invalid("day is required: MONDAY to SUNDAY.");
        }
        try {
            return DayOfWeek.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Params.invalid("day '" + Params.abbreviated(text) + "' is not a weekday: MONDAY to SUNDAY.");
        }
    }

    private static LocalDate optionalDate(String name, String text) {
        return text == null ? null : date(name, text);
    }

    private static LocalDate date(String name, String text) {
        return CalendarRange.check(name, SlotsResource.date(name, text));
    }

    /** @param validFrom, validUntil optional ISO dates between which the hours apply (both inclusive) */
    public record WeeklyJson(String day, String start, String end, String validFrom, String validUntil) {
    }

    public record RangeJson(String start, String end) {
    }

    public record OverrideJson(boolean closed, List<RangeJson> hours) {
    }

    public record TimeOffJson(String first, String last, String note) {
    }

    /** The builder's hours in their zone; times as a 24-hour clock writes them, dates and instants in ISO-8601. */
    public record AvailabilityJson(String timezone, List<WeeklyHoursJson> weekly, List<DateHoursJson> overrides,
                                   List<TimeOffEntryJson> timeOff) {

        static AvailabilityJson of(OwnAvailabilityView view) {
            return new AvailabilityJson(view.zone().getId(),
                    view.weekly().stream().map(weekly -> new WeeklyHoursJson(weekly.id(), weekly.day().name(),
                            range(weekly.hours()), weekly.validFrom().map(LocalDate::toString).orElse(null),
                            weekly.validUntil().map(LocalDate::toString).orElse(null))).toList(),
                    view.overrides().stream().map(date -> new DateHoursJson(date.id(), date.date().toString(),
                            date.hours().isEmpty(), date.hours().map(OwnAvailabilityResource::range)
                            .map(List::of).orElse(List.of()))).toList(),
                    view.timeOff().stream().map(off -> new TimeOffEntryJson(off.id(),
                            off.start().toOffsetDateTime().toString(), off.end().toOffsetDateTime().toString(),
                            off.note().orElse(null))).toList());
        }
    }

    public record WeeklyHoursJson(long id, String day, RangeJson hours, String validFrom, String validUntil) {
    }

    public record DateHoursJson(long id, String date, boolean closed, List<RangeJson> hours) {
    }

    public record TimeOffEntryJson(long id, String start, String end, String note) {
    }

    private static RangeJson range(LocalRange hours) {
        String[] span = Formats.hours(hours).split("–");
        return new RangeJson(span[0], span[1]);
    }
}
