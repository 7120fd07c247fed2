package com.buildappswith.booking.notification.infrastructure;

import com.buildappswith.booking.notification.model.BookingFacts;
import com.buildappswith.booking.notification.model.CalendarInvite;
import com.buildappswith.booking.notification.model.CalendarInvites;
import com.buildappswith.booking.notification.model.IcsMethod;
import com.buildappswith.booking.notification.model.Recipient;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Invites read back with ical4j's own parser, as a mail client's calendar would read them. */
class Ical4jInvitesTest {

    private static final Instant START = Instant.parse("2026-12-04T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    private final Ical4jInvites invites = new Ical4jInvites();

    private static BookingFacts facts(int moves) {
        return new BookingFacts(42, "Code review", Optional.empty(), START, START.plusSeconds(3600),
                new Recipient(1L, "ada@example.com", "Ada Client", ZoneId.of("America/New_York")),
                new Recipient(2L, "bob@example.com", "Bob Builder", ZoneId.of("Europe/Berlin")), "Review my PR",
                URI.create("https://booking.example.com/booking/manage/42"), moves);
    }

    private static Calendar parsed(CalendarInvite invite) throws Exception {
        return new CalendarBuilder().build(new StringReader(invite.text()));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    @Test
    void requestsTheBookingsEventInUtcWithTheBuilderOrganisingAndTheClientAttending() throws Exception {
        CalendarInvite invite = invites.request(CalendarInvites.Event.of(facts(2), IcsMethod.REQUEST,
                "booking-42@booking.example.com", NOW));

        assertThat(invite.method()).isEqualTo(IcsMethod.REQUEST);
        Calendar calendar = parsed(invite);
        assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).contains("REQUEST");
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(value(event, Property.UID)).isEqualTo("booking-42@booking.example.com");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(event, Property.DTSTART)).isEqualTo("20261204T090000Z");
        assertThat(value(event, Property.DTEND)).isEqualTo("20261204T100000Z");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Code review: Ada Client with Bob Builder");
        assertThat(value(event, Property.DESCRIPTION)).contains("https://booking.example.com/booking/manage/42");
        assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:bob@example.com");
        Property attendee = event.getProperty(Property.ATTENDEE).orElseThrow();
        assertThat(attendee.getValue()).isEqualTo("mailto:ada@example.com");
        assertThat(attendee.<Cn>getParameter("CN").map(Cn::getValue)).contains("Ada Client");
        assertThat(invite.text()).contains("\r\n");
    }

    @Test
    void cancelsUnderTheSameUidWithASequenceAboveEveryRequestSent() throws Exception {
        CalendarInvite request = invites.request(CalendarInvites.Event.of(facts(3), IcsMethod.REQUEST,
                "booking-42@booking.example.com", NOW));
        CalendarInvite cancel = invites.cancel(CalendarInvites.Event.of(facts(3), IcsMethod.CANCEL,
                "booking-42@booking.example.com", NOW));

        Calendar calendar = parsed(cancel);
        assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).contains("CANCEL");
        VEvent cancelled = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        VEvent requested = parsed(request).<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(value(cancelled, Property.UID)).isEqualTo(value(requested, Property.UID));
        assertThat(Integer.parseInt(value(cancelled, Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(value(requested, Property.SEQUENCE)));
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
    }
}
