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
            return stripe(settings);
        }
        LOG.info("No BOOKING_STRIPE_SECRET_KEY: payments run in the offline test mode, which moves no money.");
        return new TestModeGateway(links, testModeRows, clock);
    }

    /** Stripe at its own address, or at the local stub that {@code BOOKING_STRIPE_API_BASE} names in the tests. */
    private static PaymentGateway stripe(Settings settings) {
        LOG.info(() -> "Payments through Stripe" + settings.get(Setting.STRIPE_API_BASE).map(base -> " at " + base)
                .orElse("") + ".");
        return new StripeGateway(settings.get(Setting.STRIPE_SECRET_KEY).orElseThrow(),
                settings.get(Setting.STRIPE_API_BASE));
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
