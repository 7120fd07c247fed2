package com.buildappswith.booking.web.api;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;
import com.buildappswith.booking.scheduling.application.BookingRequest;
import com.buildappswith.booking.scheduling.application.BookingView;
import com.buildappswith.booking.scheduling.application.BookingWizard;
import com.buildappswith.booking.web.Timezones;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** {@code POST /api/bookings} books a slot for the signed-in client; {@code GET /api/bookings/{id}} shows one. */
@Path("bookings")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BookingsResource {

    @Inject
    private BookingWizard wizard;

    @Context
    private UriInfo uri;

    @POST
    public Response book(@NotNull(message = "A JSON body is required.") NewBookingJson request) {
        if (request.sessionTypeId() == null) {
            throw Params.invalid("sessionTypeId is required.");
        }
        ZoneId zone = Timezones.parse(request.timezone()).orElseThrow(() -> Params.invalid(
                "timezone must be an IANA zone id such as Asia/Kolkata."));
        BookingView booking = wizard.bookSlot(new BookingRequest(request.sessionTypeId(), instant(request.start()),
                zone, request.purpose(), request.notes()));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(booking.id())).build())
                .entity(BookingJson.of(booking))
                .build();
    }

    @GET
    @Path("{id}")
    public BookingJson one(@PathParam("id") String idText) {
        long id = Params.id("id", idText);
        return wizard.mine(id).map(BookingJson::of)
                .orElseThrow(() -> new DomainException(ProblemType.NOT_FOUND, "You have no booking " + id + "."));
    }

    private static Instant instant(String text) {
        if (text == null) {
            throw Params.invalid("start is required, as an ISO-8601 instant such as 2026-12-01T09:30:00Z.");
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw Params.invalid("start '" + text + "' is not an ISO-8601 instant such as "
                    + "2026-12-01T09:30:00Z.");
        }
    }

    public record NewBookingJson(Long sessionTypeId, String start, String timezone, String purpose, String notes) {
    }

    public record BookingJson(long id, long builderId, String builder, String sessionType, String start, String end,
                              String clientLocalStart, String builderLocalStart, String status, String holdExpiresAt) {

        static BookingJson of(BookingView booking) {
            return new BookingJson(booking.id(), booking.builderId(), booking.builderName(), booking.sessionTypeName(),
                    booking.start().toString(), booking.end().toString(),
                    booking.clientStart().toOffsetDateTime().toString(),
                    booking.builderStart().toOffsetDateTime().toString(), booking.status().name(),
                    booking.holdExpiresAt().map(Instant::toString).orElse(null));
        }
    }
}
