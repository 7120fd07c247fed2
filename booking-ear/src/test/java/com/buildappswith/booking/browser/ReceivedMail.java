package com.buildappswith.booking.browser;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One message as the tests' SMTP server received it, taken apart with Jakarta Mail: its headers, the text and HTML
 * bodies, and the calendar invite (the {@code text/calendar} part beside the bodies and the attached file).
 */
record ReceivedMail(List<String> to, String subject, String messageId, String text, String html,
                    Optional<String> calendarType, Optional<String> calendar, Optional<String> attachedIcs) {

    static ReceivedMail of(MimeMessage message) {
        try {
            Parts parts = new Parts();
            parts.collect(message);
            return new ReceivedMail(Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(Object::toString).toList(), message.getSubject(), message.getMessageID(),
                    parts.text, parts.html, Optional.ofNullable(parts.calendarType),
                    Optional.ofNullable(parts.calendar), Optional.ofNullable(parts.ics));
        } catch (MessagingException e) {
            throw new IllegalStateException("A received message could not be read", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the message is about the booking: its text links to the booking's page. */
    boolean isAbout(long bookingId) {
        return Pattern.compile("/booking/manage/" + bookingId + "(?!\\d)").matcher(text).find();
    }

    /** The invite of the {@code text/calendar} part, parsed with ical4j; the test fails if there is none. */
    Invite invite() {
        return Invite.parse(calendar.orElseThrow(() -> new AssertionError("No calendar part in '" + subject + "'")));
    }

    /** What a calendar invite says, read with ical4j. */
    record Invite(String method, String uid, int sequence, Instant start, String dtStart, String organizer,
                  String attendee, String status) {

        private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
                .withZone(ZoneOffset.UTC);

        static Invite parse(String ics) {
            Calendar calendar;
            try {
                calendar = new CalendarBuilder().build(new StringReader(ics));
            } catch (IOException | ParserException e) {
                throw new AssertionError("The invite is no iCalendar: " + ics, e);
            }
            VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
            String dtStart = value(event, Property.DTSTART);
            return new Invite(calendar.getProperty(Property.METHOD).map(Property::getValue).orElseThrow(),
                    value(event, Property.UID), Integer.parseInt(value(event, Property.SEQUENCE)),
                    // A UTC time in the basic format ends in Z; a local time would not parse here.
                    UTC.parse(dtStart, Instant::from), dtStart, value(event, Property.ORGANIZER),
                    value(event, Property.ATTENDEE), value(event, Property.STATUS));
        }

        private static String value(VEvent event, String property) {
            return event.getProperty(property).map(Property::getValue)
                    .orElseThrow(() -> new AssertionError("The invite's event has no " + property));
        }
    }

    /** The leaves of the message's MIME tree, by type. */
    private static final class Parts {

        private String text;
        private String html;
        private String calendarType;
        private String calendar;
        private String ics;

        void collect(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child);
                }
            } else if (part.isMimeType("text/plain")) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html")) {
                html = (String) part.getContent();
            } else if (part.isMimeType("text/calendar")) {
                calendarType = part.getContentType();
                calendar = read(part);
            } else if (part.isMimeType("application/ics")) {
                ics = read(part);
            } else {
                throw new AssertionError("Unexpected part " + part.getContentType() + " in a notice");
            }
        }

        private static String read(Part part) throws MessagingException, IOException {
            try (var in = part.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    @Override
    public String toString() {
        return "'" + subject + "' to " + to.stream().collect(Collectors.joining(", ")) + " (" + messageId + ")";
    }
}
