package com.buildappswith.booking.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * The address clients reach the application at ({@code BOOKING_PUBLIC_URL}), from which every link the application
 * hands out of itself is built: checkout returns, links in mail, the domain of Message-IDs and calendar UIDs.
 */
public final class PublicUrl {

    public static final URI DEFAULT = URI.create("http://localhost:8080");

    private final String base;
    private final String host;

    /** @throws IllegalArgumentException when it is not an http(s) address without query or fragment */
    public PublicUrl(URI address) {
        Objects.requireNonNull(address, "A public URL is required.");
        String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || address.getHost() == null
                || address.getQuery() != null || address.getFragment() != null) {
            throw new IllegalArgumentException(expectation(address.toString()));
        }
        String text = address.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.host = address.getHost().toLowerCase(Locale.ROOT);
    }

    /**
     * The configured {@code BOOKING_PUBLIC_URL}, or {@link #DEFAULT} when it is absent.
     *
     * @throws InvalidSettingException when it is not an http(s) address
     */
    public static PublicUrl from(Settings settings) {
        return settings.get(Setting.PUBLIC_URL).map(text -> {
            try {
                return new PublicUrl(new URI(text));
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new InvalidSettingException(Setting.PUBLIC_URL, expectation(text));
            }
        }).orElseGet(() -> new PublicUrl(DEFAULT));
    }

    private static String expectation(String given) {
        return "must be an http(s) address such as https://booking.example.com but was '" + given + "'";
    }

    /** The address of {@code path} (starting with "/") under the public URL. */
    public URI resolve(String path) {
        return URI.create(base + path);
    }

    /** Its host, in lower case. */
    public String host() {
        return host;
    }
}
