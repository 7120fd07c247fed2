package com.buildappswith.booking.notification.model;

import com.buildappswith.booking.shared.InvalidSettingException;
import com.buildappswith.booking.shared.PublicUrl;
import com.buildappswith.booking.shared.Settings;

import java.net.URI;

/**
 * Where notices lead and whose name their mail carries, under {@code BOOKING_PUBLIC_URL}: each booking's page (its
 * client and its builder open the same one, which shows each their side), and the public site's host as the domain
 * of Message-IDs and calendar UIDs.
 */
public final class NoticeLinks {

    public static final URI DEFAULT_PUBLIC_URL = PublicUrl.DEFAULT;

    private final PublicUrl site;

    public NoticeLinks(URI publicUrl) {
        this.site = new PublicUrl(publicUrl);
    }

    /**
     * The links under the configured {@code BOOKING_PUBLIC_URL}, or {@link #DEFAULT_PUBLIC_URL} when it is absent.
     *
     * @throws InvalidSettingException when it is not an http(s) address
     */
    public static NoticeLinks from(Settings settings) {
        return new NoticeLinks(PublicUrl.from(settings));
    }

    private NoticeLinks(PublicUrl site) {
        this.site = site;
    }

    public URI booking(long bookingId) {
        return site.resolve("/booking/manage/" + bookingId);
    }

    public String mailDomain() {
        return site.host();
    }

    /** The calendar UID of the booking's event: the same in every invite, so calendars update one entry. */
    public String calendarUid(long bookingId) {
        return "booking-" + bookingId + "@" + site.host();
    }
}
