package com.buildappswith.booking.payment.model;

import com.buildappswith.booking.shared.InvalidSettingException;
import com.buildappswith.booking.shared.PublicUrl;
import com.buildappswith.booking.shared.Settings;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The application's own addresses that a checkout leads to, under {@code BOOKING_PUBLIC_URL} (the address clients
 * reach the application at): the success page, which checks the payment on the server, the cancel address, which
 * releases the hold at once, and the test mode's checkout page.
 */
public final class CheckoutLinks {

    public static final URI DEFAULT_PUBLIC_URL = PublicUrl.DEFAULT;

    private final PublicUrl site;

    public CheckoutLinks(URI publicUrl) {
        this.site = new PublicUrl(publicUrl);
    }

    private CheckoutLinks(PublicUrl site) {
        this.site = site;
    }

    /**
     * The links under the configured {@code BOOKING_PUBLIC_URL}, or {@link #DEFAULT_PUBLIC_URL} when it is absent.
     *
     * @throws InvalidSettingException when it is not an http(s) address
     */
    public static CheckoutLinks from(Settings settings) {
        return new CheckoutLinks(PublicUrl.from(settings));
    }

    /** The booking's success page (its clean URL), which checks the payment on the server. */
    public URI success(long builderId, long bookingId) {
        return site.resolve("/booking/" + builderId + "/success?booking=" + bookingId);
    }

    /** Where an abandoned checkout leads: it releases the hold so the slot returns at once. */
    public URI cancel(long bookingId) {
        return site.resolve("/payments/cancelled?booking=" + bookingId);
    }

    /** The test mode's own checkout page for one checkout. */
    public URI testCheckout(String checkoutSessionId) {
        return site.resolve("/payments/test-checkout?session="
                + URLEncoder.encode(checkoutSessionId, StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return site.resolve("").toString();
    }
}
