package com.buildappswith.booking.payment.model;

import com.buildappswith.booking.shared.InvalidSettingException;
import com.buildappswith.booking.shared.Setting;
import com.buildappswith.booking.shared.Settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * The application's own addresses that a checkout leads to, under {@code BOOKING_PUBLIC_URL} (the address clients
 * reach the application at): the success page, which checks the payment on the server, the cancel address, which
 * releases the hold at once, and the test mode's checkout page.
 */
public final class CheckoutLinks {

    public static final URI DEFAULT_PUBLIC_URL = URI.create("http://localhost:8080");

    private final String base;

    public CheckoutLinks(URI publicUrl) {
        Objects.requireNonNull(publicUrl, "A public URL is required.");
        String scheme = publicUrl.getScheme() == null ? "" : publicUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || publicUrl.getHost() == null
                || publicUrl.getQuery() != null || publicUrl.getFragment() != null) {
            throw new IllegalArgumentException("must be an http(s) address such as https://booking.example.com but was '"
                    + publicUrl + "'");
        }
        String text = publicUrl.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * The links under the configured {@code BOOKING_PUBLIC_URL}, or {@link #DEFAULT_PUBLIC_URL} when it is absent.
     *
     * @throws InvalidSettingException when it is not an http(s) address
     */
    public static CheckoutLinks from(Settings settings) {
        return settings.get(Setting.PUBLIC_URL).map(text -> {
            try {
                return new CheckoutLinks(new URI(text));
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new InvalidSettingException(Setting.PUBLIC_URL,
                        "must be an http(s) address such as https://booking.example.com but was '" + text + "'");
            }
        }).orElseGet(() -> new CheckoutLinks(DEFAULT_PUBLIC_URL));
    }

    /** The booking's success page (its clean URL), which checks the payment on the server. */
    public URI success(long builderId, long bookingId) {
        return URI.create(base + "/booking/" + builderId + "/success?booking=" + bookingId);
    }

    /** Where an abandoned checkout leads: it releases the hold so the slot returns at once. */
    public URI cancel(long bookingId) {
        return URI.create(base + "/payments/cancelled?booking=" + bookingId);
    }

    /** The test mode's own checkout page for one checkout. */
    public URI testCheckout(String checkoutSessionId) {
        return URI.create(base + "/payments/test-checkout?session="
                + URLEncoder.encode(checkoutSessionId, StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return base;
    }
}
