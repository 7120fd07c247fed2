package com.buildappswith.booking.web.api;

import com.buildappswith.booking.payment.application.StripeWebhook;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;
import com.buildappswith.booking.web.problem.Problems;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /api/payments/stripe/webhook}: where Stripe delivers its events. Open to anyone without a sign-in or a
 * CSRF token (web.xml); what makes a delivery count is its {@code Stripe-Signature}, checked over the body exactly as
 * it arrived, so the body is read as bytes rather than bound to JSON. 200 for every verified delivery (applied,
 * already applied, or of a type not handled: Stripe stops sending it), 400 problem+json for one that fails the
 * check, 404 while payments run in the offline test mode.
 */
@Path("payments/stripe/webhook")
@RequestScoped
public class StripeWebhookResource {

    /** Far above any checkout or refund event (a few kilobytes); enough to refuse a flood unread. */
    static final int MAX_BODY_BYTES = 256 * 1024;

    @Inject
    private StripeWebhook webhook;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(@HeaderParam("Stripe-Signature") String signature, InputStream body) throws IOException {
        if (!webhook.isConfigured()) {
            throw new DomainException(ProblemType.NOT_FOUND,
                    "Payments run in the offline test mode here: there is no Stripe webhook.");
        }
        byte[] payload = body.readNBytes(MAX_BODY_BYTES + 1);
        if (payload.length > MAX_BODY_BYTES) {
            return Problems.response(413, "Content Too Large",
                    "A Stripe event is at most " + MAX_BODY_BYTES / 1024 + " KiB here; this delivery is larger.");
        }
        StripeWebhook.Receipt receipt = webhook.receive(new String(payload, StandardCharsets.UTF_8), signature);
        return Response.ok(new ReceiptJson(true, receipt.eventId(), receipt.type(),
                receipt.outcome().map(Enum::name).orElse("IGNORED"))).build();
    }

    /** @param outcome what the event did: APPLIED, ALREADY_PROCESSED, NO_CHANGE, ... or IGNORED (a type not handled) */
    public record ReceiptJson(boolean received, String eventId, String type, String outcome) {
    }
}
