package com.buildappswith.booking.payment.infrastructure;

import com.buildappswith.booking.payment.model.CheckoutLinks;
import com.buildappswith.booking.payment.model.PaymentGateway;
import com.buildappswith.booking.shared.InvalidSettingException;
import com.buildappswith.booking.shared.Setting;
import com.buildappswith.booking.shared.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * Picks the payment gateway once, by configuration: Stripe when {@code BOOKING_STRIPE_SECRET_KEY} is set, else the
 * offline test mode. The one place that decides; nothing else asks which provider it is.
 */
@ApplicationScoped
public class PaymentGatewayProducer {

    private static final Logger LOG = Logger.getLogger(PaymentGatewayProducer.class.getName());

    @Inject
    private TestModeGateway.PaymentRows testModeRows;

    @Inject
    private Clock clock;

    @Produces
    @ApplicationScoped
    PaymentGateway gateway(CheckoutLinks links) {
        Settings settings = Settings.fromSystem();
        if (settings.get(Setting.STRIPE_SECRET_KEY).isPresent()) {
            return stripe(settings, links);
        }
        LOG.info("No BOOKING_STRIPE_SECRET_KEY: payments run in the offline test mode, which moves no money.");
        return new TestModeGateway(links, testModeRows, clock);
    }

    /** Where the Stripe gateway is built (the STRIPE helper's part of issue 12). */
    private static PaymentGateway stripe(Settings settings, CheckoutLinks links) {
        throw new IllegalStateException("BOOKING_STRIPE_SECRET_KEY is set, but this build has no Stripe gateway yet.");
    }

    /** A mistyped address must not stop every payment: it is logged for the operator and the default applies. */
    @Produces
    CheckoutLinks links() {
        try {
            return CheckoutLinks.from(Settings.fromSystem());
        } catch (InvalidSettingException e) {
            LOG.severe(e.getMessage() + "; using " + CheckoutLinks.DEFAULT_PUBLIC_URL);
            return new CheckoutLinks(CheckoutLinks.DEFAULT_PUBLIC_URL);
        }
    }
}
