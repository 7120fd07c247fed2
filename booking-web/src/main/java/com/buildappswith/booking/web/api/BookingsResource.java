package com.buildappswith.booking.web.api;

import com.buildappswith.booking.payment.application.PaymentView;
import com.buildappswith.booking.payment.application.Payments;
import com.buildappswith.booking.policy.model.Canceller;
import com.buildappswith.booking.policy.model.ShownTerms;
import com.buildappswith.booking.scheduling.application.BookingDetails;
import com.buildappswith.booking.scheduling.application.BookingManagement;
import com.buildappswith.booking.scheduling.application.BookingRequest;
import com.buildappswith.booking.scheduling.application.BookingWizard;
import com.buildappswith.booking.scheduling.application.CancellationPreview;
import com.buildappswith.booking.scheduling.application.NewBooking;
import com.buildappswith.booking.scheduling.application.SessionOutcome;
import com.buildappswith.booking.scheduling.application.TermsChangedException;
import com.buildappswith.booking.scheduling.application.ViewerRole;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.scheduling.model.IdempotencyKey;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.Money;
import com.buildappswith.booking.web.Timezones;
import com.buildappswith.booking.web.policy.PolicyWords;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code POST /api/bookings} books a slot for the signed-in client (and, for a paid session, opens its checkout),
 * refused with a 409 when it names cancellation terms shown to the client that are no longer in force; sent again with
 * the same {@code Idempotency-Key} header, it answers with the booking the first request made (201 again, marked
 * {@code Idempotent-Replayed: true}) and books nothing;
 * {@code GET /api/bookings/{id}} shows one of the caller's (as client or builder) with its payment, terms and
 * history; {@code POST /api/bookings/{id}/checkout} opens the checkout again when the provider failed the first
 * time. Managing it: {@code GET .../cancellation} (what cancelling now would give back), {@code POST .../cancel},
 * {@code GET .../reschedule-slots} and {@code POST .../reschedule} (the client), {@code POST .../outcome} (the
 * builder, after the session). Someone else's booking is a 404 on every one of them, as one that does not exist.
 */
@Path("bookings")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BookingsResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Tells a client that its request repeated an earlier one and booked nothing new (Stripe's header). */
    static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    /** More than nine weeks of slots in one request is not a calendar anyone looks at. */
    private static final int MAX_SLOT_DAYS = 62;

    @Inject
    private BookingWizard wizard;

    @Inject
    private BookingManagement management;

    @Inject
    private Payments payments;

    @Context
    private UriInfo uri;

    @POST
    public Response book(@HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                         @NotNull(message = "A JSON body is required.") NewBookingJson request) {
        Optional<IdempotencyKey> key = IdempotencyKey.fromHeader(idempotencyKey);
        if (request.sessionTypeId() == null) {
            throw Params.invalid("sessionTypeId is required.");
        }
        ZoneId zone = Timezones.parse(request.timezone()).orElseThrow(() -> Params.invalid(
                "timezone must be an IANA zone id such as Asia/Kolkata."));
        NewBooking booked;
        try {
            booked = wizard.bookSlotAndShow(new BookingRequest(request.sessionTypeId(), instant(request.start()),
                    zone, request.purpose(), request.notes(), shownTerms(request)).withIdempotencyKey(key));
        } catch (TermsChangedException e) {
            throw new DomainException(e.type(), TermsChangedException.message(PolicyWords.terms(e.inForce().terms())));
        }
        long id = booked.details().booking().id();
        // A free booking has no payment, and its answer comes from the booking's own transaction alone.
        Optional<PaymentView> payment = Optional.empty();
        String paymentProblem = null;
        if (booked.details().booking().status() == BookingStatus.HELD) {
            // The booking stands whatever the provider does: a failure is reported beside it, and retried through
            // POST /api/bookings/{id}/checkout while the hold lasts. A repeated request gets the checkout already
            // open, or opens the one its first request could not.
            try {
                payments.startCheckout(id);
            } catch (DomainException e) {
                paymentProblem = e.getMessage();
            }
        }
        if (booked.details().booking().status() == BookingStatus.HELD || booked.repeated()) {
            // Read after the checkout, which it shows (with its address while it is open); a repeat may find the
            // booking paid since.
            payment = payments.ofBooking(id);
        }
        Response.ResponseBuilder answer = Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(ManagedBookingJson.of(booked.details(), payment, paymentProblem));
        if (booked.repeated()) {
            answer.header(IDEMPOTENT_REPLAYED, "true");
        }
        return answer.build();
    }

    @GET
    @Path("{id}")
    public ManagedBookingJson one(@PathParam("id") String idText) {
        return json(Params.id("id", idText), null);
    }

    /** Someone else's booking is not found here either, before the payment domain is asked anything. */
    @POST
    @Path("{id}/checkout")
    public ManagedBookingJson checkout(@PathParam("id") String idText) {
        long id = Params.id("id", idText);
        management.details(id);
        payments.startCheckout(id);
        return json(id, null);
    }

    /** What cancelling now, as the caller (client or builder), would give back, or why it is not possible. */
    @GET
    @Path("{id}/cancellation")
    public CancellationJson cancellation(@PathParam("id") String idText) {
        long id = Params.id("id", idText);
        return CancellationJson.of(management.previewCancellation(id, cancellerOf(id)));
    }

    /**
     * Cancels as the caller's relation to the booking: a client under its terms, a builder in full (with a reason).
     * With {@code expectedRefundMinor} (the previewed refund) a refund changed since is a 409 naming the new amount.
     */
    @POST
    @Path("{id}/cancel")
    public ManagedBookingJson cancel(@PathParam("id") String idText, ReasonJson body) {
        long id = Params.id("id", idText);
        ReasonJson given = body == null ? new ReasonJson(null, null) : body;
        management.cancel(id, cancellerOf(id), given.reason(), given.expectedRefundMinor() == null
                ? OptionalLong.empty() : OptionalLong.of(given.expectedRefundMinor()));
        return json(id, null);
    }

    /** The free starts the caller's booking could move to, on the viewer's dates {@code from} to {@code to}. */
    @GET
    @Path("{id}/reschedule-slots")
    public List<SlotsResource.SlotJson> rescheduleSlots(@PathParam("id") String idText, @QueryParam("from") String from,
                                                        @QueryParam("to") String to, @QueryParam("tz") String tz) {
        long id = Params.id("id", idText);
        ZoneId zone = Timezones.parse(tz).orElseThrow(() -> Params.invalid(
                "tz must be an IANA zone id such as Asia/Kolkata."));
        LocalDate first = SlotsResource.date("from", from);
        LocalDate last = SlotsResource.date("to", to);
        if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) >= MAX_SLOT_DAYS) {
            throw Params.invalid("to must be on or after from, at most " + MAX_SLOT_DAYS + " days in all.");
        }
        return management.rescheduleSlots(id, first, last, zone).stream().map(SlotsResource.SlotJson::of).toList();
    }

    /** Moves the caller's booking to another free start; 409 when someone took it first, 422 past the terms. */
    @POST
    @Path("{id}/reschedule")
    public ManagedBookingJson reschedule(@PathParam("id") String idText,
                                         @NotNull(message = "A JSON body is required.") RescheduleJson body) {
        long id = Params.id("id", idText);
        management.reschedule(id, instant(body.start()));
        return json(id, null);
    }

    /** The builder records how a session that ended went: COMPLETED or NO_SHOW, with a note the client sees. */
    @POST
    @Path("{id}/outcome")
    public ManagedBookingJson outcome(@PathParam("id") String idText,
                                      @NotNull(message = "A JSON body is required.") OutcomeJson body) {
        long id = Params.id("id", idText);
        management.recordOutcome(id, outcomeOf(body.outcome()), body.note());
        return json(id, null);
    }

    /**
     * The booking as the caller sees it: its client with the payment read for them alone (with the checkout's
     * address while it is open); its builder and admins with the summary every listing shows, which has no
     * checkout address, so that no one but the client can open the client's checkout.
     */
    private ManagedBookingJson json(long id, String paymentProblem) {
        BookingDetails details = management.details(id);
        Optional<PaymentView> payment = details.booking().viewer() == ViewerRole.CLIENT ? payments.ofBooking(id)
                : details.booking().payment();
        return ManagedBookingJson.of(details, payment, paymentProblem);
    }

    private Canceller cancellerOf(long id) {
        return switch (management.details(id).booking().viewer()) {
            case CLIENT -> Canceller.CLIENT;
            case BUILDER -> Canceller.BUILDER;
            case ADMIN -> Canceller.ADMIN;
        };
    }

    private static SessionOutcome outcomeOf(String text) {
        if (text == null) {
            throw Params.invalid("outcome is required: COMPLETED or NO_SHOW.");
        }
        try {
            return SessionOutcome.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw Params.invalid("outcome '" + Params.abbreviated(text) + "' is not COMPLETED or NO_SHOW.");
        }
    }

    /**
     * The terms the caller showed the client, when it names them ({@code policyId} and {@code termsFingerprint}, as
     * {@code GET /api/session-types/{id}/terms} gives them): the booking is then refused with a 409 if other terms
     * are in force. Neither: no check, the booking takes the terms in force.
     */
    private static Optional<ShownTerms> shownTerms(NewBookingJson request) {
        if (request.policyId() == null && request.termsFingerprint() == null) {
            return Optional.empty();
        }
        if (request.policyId() == null || request.termsFingerprint() == null) {
            throw Params.invalid("policyId and termsFingerprint go together: send both, as GET "
                    + "/api/session-types/{id}/terms gives them, or neither.");
        }
        return Optional.of(new ShownTerms(request.policyId(), request.termsFingerprint()));
    }

    private static Instant instant(String text) {
        if (text == null) {
            throw Params.invalid("start is required, as an ISO-8601 instant such as 2026-12-01T09:30:00Z.");
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw Params.invalid("start '" + Params.abbreviated(text) + "' is not an ISO-8601 instant such as "
                    + "2026-12-01T09:30:00Z.");
        }
    }

    /**
     * A booking to make; {@code policyId} and {@code termsFingerprint} (optional, together) name the cancellation
     * terms the client was shown.
     */
    public record NewBookingJson(Long sessionTypeId, String start, String timezone, String purpose, String notes,
                                 Long policyId, String termsFingerprint) {
    }

    /**
     * Why a booking is cancelled: required of a builder, optional for a client; and, optionally, the refund in minor
     * units the caller saw in the preview and agrees to.
     */
    public record ReasonJson(String reason, Long expectedRefundMinor) {
    }

    public record RescheduleJson(String start) {
    }

    public record OutcomeJson(String outcome, String note) {
    }

    /**
     * What cancelling now would do.
     *
     * @param allowed        whether it can be cancelled now; when not, {@code refusal} says why
     * @param paid           what was paid; null for a free session or a hold not paid yet
     * @param refund         what would be given back
     * @param reasonRequired whether a reason must be given (a builder's or an admin's cancellation)
     */
    public record CancellationJson(long bookingId, String canceller, boolean allowed, String refusal,
                                   MoneyJson paid, MoneyJson refund, int percent, String policy,
                                   boolean reasonRequired) {

        static CancellationJson of(CancellationPreview preview) {
            return new CancellationJson(preview.bookingId(), preview.canceller().name(), preview.isAllowed(),
                    preview.refusal().orElse(null), preview.paid().map(MoneyJson::of).orElse(null),
                    MoneyJson.of(preview.refund()), preview.percent(), preview.policyName(), preview.reasonRequired());
        }
    }

    /** An amount as a decimal string and in minor units, with its ISO currency. */
    public record MoneyJson(String amount, long amountMinor, String currency) {

        static MoneyJson of(Money money) {
            return new MoneyJson(money.amount().toPlainString(), money.amountMinor(),
                    money.currency().getCurrencyCode());
        }
    }
}
