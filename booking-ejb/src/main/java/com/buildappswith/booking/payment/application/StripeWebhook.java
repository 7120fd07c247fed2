package com.buildappswith.booking.payment.application;

import com.buildappswith.booking.payment.infrastructure.StripeWebhookEvents;
import com.buildappswith.booking.payment.infrastructure.WebhookRefusedException;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;
import com.buildappswith.booking.shared.Setting;
import com.buildappswith.booking.shared.Settings;
import com.buildappswith.booking.shared.StartUpProblems;
import com.buildappswith.booking.shared.persistence.DatabaseMigrated;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Stripe's webhook deliveries: each one verified and read ({@link StripeWebhookEvents}), then applied at most once
 * through {@link Payments#receive}. Not a transaction of its own: checking a signature holds no lock, and
 * {@code receive} opens the short one that applies the event.
 * <p>
 * Stripe is configured when {@code BOOKING_STRIPE_SECRET_KEY} is set; a key without
 * {@code BOOKING_STRIPE_WEBHOOK_SECRET} is a start-up problem (no payment could ever be confirmed), and a secret
 * without a key one too (the operator meant Stripe, and gets the test mode).
 */
@ApplicationScoped
public class StripeWebhook {

    static final String STEP = "payments";
    private static final Logger LOG = Logger.getLogger(StripeWebhook.class.getName());

    private Payments payments;
    private StartUpProblems problems;
    private Clock clock;

    private boolean stripe;
    private Optional<StripeWebhookEvents> events = Optional.empty();

    /** What one delivery came to: the event, its type, and what it did (or that it is of no concern here). */
    public record Receipt(String eventId, String type, Optional<PaymentEventOutcome> outcome) {
    }

    /** For the container's client proxy only. */
    protected StripeWebhook() {
    }

    @Inject
    StripeWebhook(Payments payments, StartUpProblems problems, Clock clock) {
        this.payments = payments;
        this.problems = problems;
        this.clock = clock;
    }

    @PostConstruct
    void configure() {
        configure(Settings.fromSystem());
    }

    void configure(Settings settings) {
        stripe = settings.get(Setting.STRIPE_SECRET_KEY).isPresent();
        events = settings.get(Setting.STRIPE_WEBHOOK_SECRET).map(secret -> new StripeWebhookEvents(secret, clock));
        if (stripe && events.isEmpty()) {
            problems.report(STEP, Setting.STRIPE_SECRET_KEY.environmentVariable() + " is set without "
                    + Setting.STRIPE_WEBHOOK_SECRET.environmentVariable() + ": Stripe's events cannot be verified, so "
                    + "no payment can be confirmed. Set it to the signing secret of the webhook endpoint (README, "
                    + "Payments) and restart.");
        } else if (!stripe && events.isPresent()) {
            problems.report(STEP, Setting.STRIPE_WEBHOOK_SECRET.environmentVariable() + " is set without "
                    + Setting.STRIPE_SECRET_KEY.environmentVariable() + ": payments run in the offline test mode.");
        } else {
            problems.clear(STEP);
        }
    }

    /** At start-up, so that the operator hears of a missing secret before the first payment does. */
    void checkAtStartUp(@Observes DatabaseMigrated migrated) {
        LOG.fine(() -> stripe ? "Payments through Stripe; webhook " + (events.isPresent() ? "ready" : "unverifiable")
                : "Payments in the offline test mode; the Stripe webhook answers 404");
    }

    /** Whether payments go through Stripe: otherwise its webhook does not exist here. */
    public boolean isConfigured() {
        return stripe;
    }

    /**
     * @throws WebhookRefusedException (400) when the delivery is not a correctly signed, fresh, readable event; it
     *                                 changes nothing and is logged with the reason
     * @throws DomainException         (503) when Stripe is configured without the secret to check deliveries with,
     *                                 so that Stripe keeps them until the operator sets it
     */
    public Receipt receive(String payload, String signatureHeader) {
        StripeWebhookEvents reader = events.orElseThrow(() -> new DomainException(ProblemType.UNAVAILABLE,
                "This endpoint has no signing secret configured yet; the delivery is not accepted."));
        StripeWebhookEvents.Delivery delivery;
        try {
            delivery = reader.read(payload, signatureHeader);
        } catch (WebhookRefusedException refused) {
            LOG.warning(() -> "Refused a Stripe webhook delivery: " + refused.getMessage());
            throw refused;
        }
        Optional<PaymentEventOutcome> outcome = delivery.event().map(event -> payments.receive(event));
        if (outcome.isEmpty()) {
            LOG.fine(() -> "Stripe event " + delivery.eventId() + " of type " + delivery.type() + " ignored.");
        }
        return new Receipt(delivery.eventId(), delivery.type(), outcome);
    }
}
