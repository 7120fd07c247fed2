package com.buildappswith.booking.payment.infrastructure;

import com.buildappswith.booking.payment.model.PaymentEvent;
import com.buildappswith.booking.payment.model.RefundOutcome;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.stripe.Stripe;
import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.EventDataObjectDeserializer;
import com.stripe.model.Refund;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Reads one delivery of Stripe's webhook into a {@link PaymentEvent}: the {@code Stripe-Signature} header checked
 * against the endpoint's secret as Stripe's own library does (HMAC-SHA256 of {@code t + "." + body}, any of the
 * {@code v1} entries, at most five minutes old), then the event's object read for the few fields the application
 * uses.
 * <p>
 * Stripe sends an event in the endpoint's API version, which may differ from the one stripe-java pins (an endpoint
 * created before an upgrade, or pinned to another version). The library then declines to map the object; it is
 * read anyway, field by field with each needed field checked, and the mismatch is logged once per version so an
 * operator can pin the endpoint (README, Payments).
 */
public class StripeWebhookEvents {

    /** How old a signature may be, in seconds: Stripe's own default, which its retries respect. */
    public static final long TOLERANCE_SECONDS = Webhook.DEFAULT_TOLERANCE;

    private static final Logger LOG = Logger.getLogger(StripeWebhookEvents.class.getName());

    private static final Map<String, PaymentEvent.Kind> SESSION_EVENTS = Map.of(
            "checkout.session.async_payment_succeeded", PaymentEvent.Kind.ASYNC_PAYMENT_SUCCEEDED,
            "checkout.session.async_payment_failed", PaymentEvent.Kind.ASYNC_PAYMENT_FAILED,
            "checkout.session.expired", PaymentEvent.Kind.CHECKOUT_EXPIRED);
    private static final String COMPLETED = "checkout.session.completed";
    private static final Set<String> REFUND_EVENTS = Set.of("refund.created", "refund.updated", "refund.failed");

    private final String secret;
    private final Clock clock;
    private final Set<String> mismatchedVersionsLogged = ConcurrentHashMap.newKeySet();

    public StripeWebhookEvents(String secret, Clock clock) {
        this.secret = Objects.requireNonNull(secret, "A webhook secret is required.");
        this.clock = Objects.requireNonNull(clock, "A clock is required.");
    }

    /**
     * One verified delivery: the event's id and type, and what it means for a payment, if anything. An event of a
     * type the application does not handle is still a good delivery (answered 2xx, so Stripe stops sending it).
     */
    public record Delivery(String eventId, String type, Optional<PaymentEvent> event) {
    }

    /**
     * @throws WebhookRefusedException when the delivery is not a correctly signed, fresh, readable event
     */
    public Delivery read(String payload, String signatureHeader) {
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw new WebhookRefusedException("The delivery has no Stripe-Signature header.");
        }
        if (payload == null || payload.isBlank()) {
            throw new WebhookRefusedException("The delivery has no body.");
        }
        Event event = verified(payload, signatureHeader);
        String id = required(event.getId(), "id", "the event");
        String type = required(event.getType(), "type", "event " + id);
        // The library cannot tell whether it may map the object without it.
        required(event.getApiVersion(), "api_version", "event " + id);
        if (event.getCreated() == null) {
            throw refused("event " + id, "created");
        }
        Instant occurredAt = Instant.ofEpochSecond(event.getCreated());
        if (type.equals(COMPLETED) || SESSION_EVENTS.containsKey(type)) {
            Session session = object(event, payload, Session.class, "checkout.session");
            return new Delivery(id, type, Optional.of(sessionEvent(id, type, session, occurredAt)));
        }
        if (REFUND_EVENTS.contains(type)) {
            Refund refund = object(event, payload, Refund.class, "refund");
            return new Delivery(id, type, Optional.of(refundEvent(id, refund, occurredAt)));
        }
        return new Delivery(id, type, Optional.empty());
    }

    private Event verified(String payload, String signatureHeader) {
        try {
            return Webhook.constructEvent(payload, signatureHeader, secret, TOLERANCE_SECONDS, clock);
        } catch (SignatureVerificationException e) {
            // Stripe's messages name what failed (no v1 entry, no match, too old), never the secret.
            throw new WebhookRefusedException("The Stripe-Signature header was refused: " + e.getMessage() + ".");
        } catch (NumberFormatException e) {
            throw new WebhookRefusedException("The Stripe-Signature header's timestamp t is not a number.");
        } catch (JsonParseException | IllegalStateException | ClassCastException e) {
            throw new WebhookRefusedException("The delivery is signed but is not a Stripe event in JSON.");
        }
    }

    private static PaymentEvent sessionEvent(String eventId, String type, Session session, Instant occurredAt) {
        String sessionId = required(session.getId(), "data.object.id", "event " + eventId);
        PaymentEvent.Kind kind = SESSION_EVENTS.get(type);
        if (kind == null) {
            String paymentStatus = required(session.getPaymentStatus(), "data.object.payment_status",
                    "event " + eventId);
            kind = switch (paymentStatus) {
                case "paid", "no_payment_required" -> PaymentEvent.Kind.CHECKOUT_PAID;
                case "unpaid" -> PaymentEvent.Kind.CHECKOUT_AWAITING_PAYMENT;
                default -> throw new WebhookRefusedException("Event " + eventId + " has payment_status '"
                        + paymentStatus + "', which is none of paid, unpaid or no_payment_required.");
            };
        }
        Optional<Long> bookingId = bookingId(Optional.ofNullable(session.getMetadata())
                .map(metadata -> metadata.get(StripeGateway.BOOKING_ID))
                .or(() -> Optional.ofNullable(session.getClientReferenceId())));
        return new PaymentEvent(eventId, kind, Optional.of(sessionId), bookingId,
                Optional.ofNullable(session.getPaymentIntent()), Optional.empty(), occurredAt);
    }

    private static PaymentEvent refundEvent(String eventId, Refund refund, Instant occurredAt) {
        required(refund.getId(), "data.object.id", "event " + eventId);
        required(refund.getStatus(), "data.object.status", "event " + eventId);
        Optional<Long> bookingId = bookingId(Optional.ofNullable(refund.getMetadata())
                .map(metadata -> metadata.get(StripeGateway.BOOKING_ID)));
        return new PaymentEvent(eventId, PaymentEvent.Kind.REFUND_UPDATED, Optional.empty(), bookingId,
                Optional.ofNullable(refund.getPaymentIntent()), Optional.of(StripeGateway.outcomeOf(refund)),
                occurredAt);
    }

    /**
     * A booking id the application wrote itself; anything else (a checkout some other integration opened on the same
     * account) names no booking, and the event then concerns no payment of ours.
     */
    private static Optional<Long> bookingId(Optional<String> text) {
        return text.filter(value -> value.matches("\\d{1,18}")).map(Long::valueOf);
    }

    private <T extends StripeObject> T object(Event event, String payload, Class<T> kind, String objectName) {
        if (!hasDataObject(payload)) {
            throw refused("event " + event.getId(), "data.object");
        }
        EventDataObjectDeserializer data = event.getDataObjectDeserializer();
        StripeObject object = data.getObject().orElseGet(() -> unpinned(event, data));
        if (!kind.isInstance(object)) {
            throw new WebhookRefusedException("Event " + event.getId() + " of type " + event.getType()
                    + " does not carry a " + objectName + " object.");
        }
        return kind.cast(object);
    }

    /** The library assumes the object is there and fails with a NullPointerException when it is not. */
    private static boolean hasDataObject(String payload) {
        JsonElement data = JsonParser.parseString(payload).getAsJsonObject().get("data");
        return data != null && data.isJsonObject() && data.getAsJsonObject().get("object") instanceof JsonObject;
    }

    /** The library maps objects only of its own API version; another version's is read as it is, and said so. */
    private StripeObject unpinned(Event event, EventDataObjectDeserializer data) {
        String version = String.valueOf(event.getApiVersion());
        if (mismatchedVersionsLogged.add(version)) {
            LOG.info(() -> "Stripe sends webhook events in API version " + version + " but stripe-java "
                    + Stripe.VERSION + " reads " + Stripe.API_VERSION + "; they are read field by field. Pin the "
                    + "webhook endpoint to " + Stripe.API_VERSION + " (README, Payments) to end this message.");
        }
        try {
            return data.deserializeUnsafe();
        } catch (EventDataObjectDeserializationException | JsonParseException e) {
            throw new WebhookRefusedException("Event " + event.getId() + " (API version " + version
                    + ") carries an object that cannot be read.");
        }
    }

    private static String required(String value, String field, String where) {
        if (value == null || value.isBlank()) {
            throw refused(where, field);
        }
        return value;
    }

    private static WebhookRefusedException refused(String where, String field) {
        String subject = where.substring(0, 1).toUpperCase(Locale.ROOT) + where.substring(1);
        return new WebhookRefusedException(subject + " has no " + field + ".");
    }
}
