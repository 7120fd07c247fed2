package com.buildappswith.booking.web.booking;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The clean addresses of the booking pages, relative to the application's context path, written in one place for
 * every page that links to them (the web module's URL mapping leads each to its page).
 */
final class BookingLinks {

    private BookingLinks() {
    }

    /** The booking page with a session type, the viewer's timezone and a start already chosen. */
    static String bookingPage(long builderId, long sessionTypeId, String timezone, Instant start) {
        return "/booking/" + builderId + "?type=" + sessionTypeId + "&tz=" + encoded(timezone) + "&start="
                + encoded(start.toString());
    }

    /** What was booked, for the two parties to see (the ids as the address had them, possibly none). */
    static String success(Long builderId, Long bookingId) {
        return "/booking/" + builderId + "/success?booking=" + bookingId;
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
