package com.buildappswith.booking.notification.model;

import com.buildappswith.booking.shared.InvalidSettingException;
import com.buildappswith.booking.shared.Setting;
import com.buildappswith.booking.shared.Settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * Where notices lead and whose name their mail carries, under {@code BOOKING_PUBLIC_URL}: each booking's page (its
 * client and its builder open the same one, which shows each their side), and the public site's host as the domain
 * of Message-IDs and calendar UIDs.
 */
public final class NoticeLinks {

    public static final URI DEFAULT_PUBLIC_URL = URI.create("http://localhost:8080");

    private final String base;
    private final String mailDomain;

    public NoticeLinks(URI publicUrl) {
        Objects.requireNonNull(publicUrl, "A public URL is required.");
        String scheme = publicUrl.getScheme() == null ? "" : publicUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || publicUrl.getHost() == null
                || publicUrl.getQuery() != null || publicUrl.getFragment() != null) {
            throw new IllegalArgumentException("must be an http(s) address such as https://booking.example.com but was '"
                    + publicUrl + "'");
        }
        String text = publicUrl.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.mailDomain = publicUrl.getHost().toLowerCase(Locale.ROOT);
    }

    /**
     * The links under the configured {@code BOOKING_PUBLIC_URL}, or {@link #DEFAULT_PUBLIC_URL} when it is absent.
     *
     * @throws InvalidSettingException when it is not an http(s) address
     */
    public static NoticeLinks from(Settings settings) {
        return settings.get(Setting.PUBLIC_URL).map(text -> {
            try {
                return new NoticeLinks(new URI(text));
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new InvalidSettingException(Setting.PUBLIC_URL,
                        "must be an http(s) address such as https://booking.example.com but was '" + text + "'");
            }
        }).orElseGet(() -> new NoticeLinks(DEFAULT_PUBLIC_URL));
    }

    public URI booking(long bookingId) {
        return URI.create(base + "/booking/manage/" + bookingId);
    }

    public String mailDomain() {
        return mailDomain;
    }

    /** The calendar UID of the booking's event: the same in every invite, so calendars update one entry. */
    public String calendarUid(long bookingId) {
        return "booking-" + bookingId + "@" + mailDomain;
    }
}
