package com.buildappswith.booking.web.api;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;
import com.buildappswith.booking.payment.application.PaymentView;
import com.buildappswith.booking.payment.application.Payments;
import com.buildappswith.booking.scheduling.application.BookingHistoryEntry;
import com.buildappswith.booking.scheduling.application.BookingRequest;
import com.buildappswith.booking.scheduling.application.BookingView;
import com.buildappswith.booking.scheduling.application.BookingWizard;
import com.buildappswith.booking.scheduling.model.BookingStatus;
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

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code POST /api/bookings} books a slot for the signed-in client (and, for a paid session, opens its checkout);
 * {@code GET /api/bookings/{id}} shows one with its payment and history; {@code POST /api/bookings/{id}/checkout}
 * opens the checkout again when the provider failed the first time.
 */
@Path("bookings")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BookingsResource {

    @Inject
    private BookingWizard wizard;

    @Inject
    private Payments payments;

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
        String paymentProblem = null;
        if (booking.status() == BookingStatus.HELD) {
            // The booking stands whatever the provider does: a failure is reported beside it, and retried through
            // POST /api/bookings/{id}/checkout while the hold lasts.
            try {
                payments.startCheckout(booking.id());
            } catch (DomainException e) {
                paymentProblem = e.getMessage();
            }
        }
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(booking.id())).build())
                .entity(json(booking.id(), paymentProblem))
                .build();
    }

    @GET
    @Path("{id}")
    public BookingJson one(@PathParam("id") String idText) {
        return json(Params.id("id", idText), null);
    }

    @POST
    @Path("{id}/checkout")
    public BookingJson checkout(@PathParam("id") String idText) {
        long id = Params.id("id", idText);
        payments.startCheckout(id);
        return json(id, null);
    }

    private BookingJson json(long id, String paymentProblem) {
        BookingView booking = wizard.mine(id)
                .orElseThrow(() -> new DomainException(ProblemType.NOT_FOUND, "You have no booking " + id + "."));
        return BookingJson.of(booking, payments.ofBooking(id).map(PaymentJson::of).orElse(null),
                wizard.history(id).orElse(List.of()).stream().map(HistoryJson::of).toList(), paymentProblem);
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

    /**
     * @param payment        the payment of a paid session; null for a free one
     * @param history        every change of status, oldest first
     * @param paymentProblem why the checkout could not be opened just now, when it could not
     */
    public record BookingJson(long id, long builderId, String builder, String sessionType, String start, String end,
                              String clientLocalStart, String builderLocalStart, String status, String holdExpiresAt,
                              PaymentJson payment, List<HistoryJson> history, String paymentProblem) {

        static BookingJson of(BookingView booking, PaymentJson payment, List<HistoryJson> history,
                              String paymentProblem) {
            return new BookingJson(booking.id(), booking.builderId(), booking.builderName(), booking.sessionTypeName(),
                    booking.start().toString(), booking.end().toString(),
                    booking.clientStart().toOffsetDateTime().toString(),
                    booking.builderStart().toOffsetDateTime().toString(), booking.status().name(),
                    booking.holdExpiresAt().map(Instant::toString).orElse(null), payment, history, paymentProblem);
        }
    }

    /**
     * Amounts twice: as a decimal string in the currency's usual notation, and in minor units (cents), never as a
     * floating-point number.
     *
     * @param checkoutUrl where to pay, while the checkout is open and the hold is live
     * @param testMode    whether it is the offline test mode, which moves no money
     */
    public record PaymentJson(String status, String amount, long amountMinor, String currency, String refunded,
                              long refundedMinor, boolean refundPending, String checkoutUrl, String provider,
                              boolean testMode) {

        static PaymentJson of(PaymentView payment) {
            return new PaymentJson(payment.status().name(), payment.amount().amount().toPlainString(),
                    payment.amount().amountMinor(), payment.amount().currency().getCurrencyCode(),
                    payment.refunded().amount().toPlainString(), payment.refunded().amountMinor(),
                    payment.refundPending(), payment.checkoutUrl().map(URI::toString).orElse(null),
                    payment.provider(), payment.testMode());
        }
    }

    /** One change of the booking's status; {@code from} is null for its creation. */
    public record HistoryJson(String from, String to, String actor, String reason, String at) {

        static HistoryJson of(BookingHistoryEntry entry) {
            return new HistoryJson(entry.from().map(Enum::name).orElse(null), entry.to().name(), entry.actor(),
                    entry.reason(), entry.at().toString());
        }
    }
}
