package com.buildappswith.booking.web.api;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;
import com.buildappswith.booking.scheduling.application.BookingWizard;
import com.buildappswith.booking.scheduling.application.FreeSlots;
import com.buildappswith.booking.scheduling.application.SlotView;
import com.buildappswith.booking.web.Timezones;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code GET /api/builders/{id}/slots?sessionType=..&from=YYYY-MM-DD&to=YYYY-MM-DD&tz=Area/City}: free slots in the
 * viewer's zone, both as instants and as local times.
 */
@Path("builders/{id}/slots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SlotsResource {

    /**
     * The request attribute that tells {@code PublicAnswerFilter} until when the answer holds as time goes on (an
     * {@link java.time.Instant}; see {@link FreeSlots}).
     */
    public static final String UNCHANGED_UNTIL = SlotsResource.class.getName() + ".unchangedUntil";

    @Inject
    private BookingWizard wizard;

    @Context
    private HttpServletRequest request;

    @GET
    public List<SlotJson> freeSlots(@PathParam("id") String builderText, @QueryParam("sessionType") String typeText,
                                    @QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("tz") String tz) {
        long builderId = Params.id("builder id", builderText);
        long sessionType = Params.id("sessionType", typeText);
        ZoneId zone = Timezones.parse(tz).orElseThrow(() -> Params.invalid(
                "tz must be an IANA zone id such as Asia/Kolkata."));
        FreeSlots found = wizard.searchFreeSlots(builderId, sessionType, date("from", from), date("to", to), zone)
                .orElseThrow(() -> new DomainException(ProblemType.NOT_FOUND,
                        "Builder " + builderId + " offers no session type " + sessionType + "."));
        request.setAttribute(UNCHANGED_UNTIL, found.unchangedUntil());
        return found.slots().stream()
                .map(SlotJson::of)
                .toList();
    }

    static LocalDate date(String name, String text) {
        if (text == null) {
            throw Params.invalid(name + " is required, as an ISO-8601 date such as 2026-12-01.");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw Params.invalid(name + " '" + text + "' is not an ISO-8601 date such as 2026-12-01.");
        }
    }

    public record SlotJson(String start, String end, String localStart, String localEnd, int remainingCapacity) {

        static SlotJson of(SlotView slot) {
            return new SlotJson(slot.start().toString(), slot.end().toString(), slot.localStart().toOffsetDateTime()
                    .toString(), slot.localEnd().toOffsetDateTime().toString(), slot.remainingCapacity());
        }
    }
}
