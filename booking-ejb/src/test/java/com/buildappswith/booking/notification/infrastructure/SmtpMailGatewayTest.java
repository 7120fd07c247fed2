package com.buildappswith.booking.notification.infrastructure;

import com.buildappswith.booking.notification.model.CalendarInvite;
import com.buildappswith.booking.notification.model.CalendarInvites;
import com.buildappswith.booking.notification.model.IcsMethod;
import com.buildappswith.booking.notification.model.MailGateway;
import com.buildappswith.booking.notification.model.MailNotSentException;
import com.buildappswith.booking.notification.model.OutgoingMail;
import com.buildappswith.booking.notification.model.Recipient;
import com.buildappswith.booking.shared.MovableClock;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mail gateway against a real SMTP server (GreenMail): what arrives, and how failures are told apart. */
class SmtpMailGatewayTest {

    static final String ICS = String.join("\r\n",
            "BEGIN:VCALENDAR",
            "PRODID:-//Builder Booking//Test//EN",
            "VERSION:2.0",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            "UID:booking-42@booking.example.com",
            "DTSTAMP:20261201T080000Z",
            "DTSTART:20261204T090000Z",
            "DTEND:20261204T100000Z",
            "SEQUENCE:0",
            "SUMMARY:Code review with Zoë",
            "ORGANIZER;CN=Builder:mailto:builder@example.com",
            "ATTENDEE;CN=Client;RSVP=TRUE:mailto:client@example.com",
            "END:VEVENT",
            "END:VCALENDAR", "");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T08:00:00Z"));

    static SmtpMailGateway gatewayTo(int port, MovableClock clock) throws Exception {
        return SmtpMailGateway.of(new SmtpSettings("127.0.0.1", port, Optional.empty(), Optional.empty(),
                SmtpSettings.named(new InternetAddress("bookings@booking.example.com")), false), clock);
    }

    static OutgoingMail mail(long id, Optional<CalendarInvite> invite) {
        return new OutgoingMail(id, "<" + id + ".test@booking.example.com>", "zoe@example.com", "Zoë Müller",
                "Booking confirmed: Code review on 4 Dec, 10:00 (Europe/Berlin)", "Your booking stands. – Zoë",
                "<p>Your booking stands. – Zoë</p>", invite);
    }

    @Test
    void sendsBothBodiesAndTheInviteWithTheOutboxsMessageId() throws Exception {
        try (MailGateway.Connection connection = gatewayTo(SMTP.getSmtp().getPort(), clock).open()) {
            connection.send(mail(7, Optional.of(new CalendarInvite(IcsMethod.REQUEST, ICS))));
        }

        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getMessageID()).isEqualTo("<7.test@booking.example.com>");
        assertThat(received.getSubject()).isEqualTo("Booking confirmed: Code review on 4 Dec, 10:00 (Europe/Berlin)");
        assertThat(((InternetAddress) received.getFrom()[0]).toUnicodeString())
                .isEqualTo("Builder Booking <bookings@booking.example.com>");
        InternetAddress to = (InternetAddress) received.getAllRecipients()[0];
        assertThat(to.getPersonal()).isEqualTo("Zoë Müller");
        assertThat(to.getAddress()).isEqualTo("zoe@example.com");
        Multipart mixed = (Multipart) received.getContent();
        assertThat(new ContentType(mixed.getContentType()).getBaseType()).isEqualTo("multipart/mixed");
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        assertThat(new ContentType(alternative.getContentType()).getBaseType()).isEqualTo("multipart/alternative");
        assertThat(alternative.getCount()).isEqualTo(3);
        assertThat(type(alternative.getBodyPart(0))).isEqualTo("text/plain");
        assertThat(alternative.getBodyPart(0).getContent()).isEqualTo("Your booking stands. – Zoë");
        assertThat(type(alternative.getBodyPart(1))).isEqualTo("text/html");
        assertThat(alternative.getBodyPart(1).getContent()).isEqualTo("<p>Your booking stands. – Zoë</p>");
        BodyPart calendar = alternative.getBodyPart(2);
        ContentType calendarType = new ContentType(calendar.getContentType());
        assertThat(calendarType.getBaseType()).isEqualTo("text/calendar");
        assertThat(calendarType.getParameter("method")).isEqualTo("REQUEST");
        assertThat(calendarType.getParameter("charset")).isEqualToIgnoringCase("UTF-8");
        Calendar parsed = parse(calendar);
        assertThat(property(parsed, Property.METHOD)).isEqualTo("REQUEST");
        Optional<VEvent> event = parsed.getComponent(Component.VEVENT);
        Optional<Property> summary = event.orElseThrow().getProperty(Property.SUMMARY);
        assertThat(summary.map(Property::getValue)).contains("Code review with Zoë");
        BodyPart file = mixed.getBodyPart(1);
        assertThat(file.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(file.getFileName()).isEqualTo("invite.ics");
        assertThat(property(parse(file), Property.METHOD)).isEqualTo("REQUEST");
    }

    @Test
    void aCancellationWrittenWithIcal4jArrivesAsMethodCancelUnderItsUidAndSequence() throws Exception {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        CalendarInvite cancel = new Ical4jInvites().cancel(new CalendarInvites.Event("booking-42@booking.example.com",
                3, Instant.parse("2026-12-04T09:00:00Z"), Instant.parse("2026-12-04T10:00:00Z"),
                "Code review: Zoë with Max", "Open the booking: http://localhost:8080/booking/manage/42",
                new Recipient(2L, "max@example.com", "Max", berlin), new Recipient(1L, "zoe@example.com", "Zoë", berlin),
                clock.instant()));

        try (MailGateway.Connection connection = gatewayTo(SMTP.getSmtp().getPort(), clock).open()) {
            connection.send(mail(11, Optional.of(cancel)));
        }

        Multipart mixed = (Multipart) SMTP.getReceivedMessages()[0].getContent();
        BodyPart calendar = ((Multipart) mixed.getBodyPart(0).getContent()).getBodyPart(2);
        assertThat(new ContentType(calendar.getContentType()).getParameter("method")).isEqualTo("CANCEL");
        Calendar parsed = parse(calendar);
        assertThat(property(parsed, Property.METHOD)).isEqualTo("CANCEL");
        Optional<VEvent> event = parsed.getComponent(Component.VEVENT);
        assertThat(event.orElseThrow().getUid().map(Property::getValue)).contains("booking-42@booking.example.com");
        Optional<Property> sequence = event.orElseThrow().getProperty(Property.SEQUENCE);
        assertThat(sequence.map(Property::getValue)).contains("3");
        Optional<Property> start = event.orElseThrow().getProperty(Property.DTSTART);
        assertThat(start.map(Property::getValue)).contains("20261204T090000Z");
    }

    @Test
    void aMessageWithoutInviteIsTheTwoBodiesAlone() throws Exception {
        try (MailGateway.Connection connection = gatewayTo(SMTP.getSmtp().getPort(), clock).open()) {
            connection.send(mail(8, Optional.empty()));
            connection.send(mail(9, Optional.empty()));
        }

        assertThat(SMTP.getReceivedMessages()).hasSize(2);
        MimeMessage received = SMTP.getReceivedMessages()[0];
        Multipart alternative = (Multipart) received.getContent();
        assertThat(new ContentType(alternative.getContentType()).getBaseType()).isEqualTo("multipart/alternative");
        assertThat(alternative.getCount()).isEqualTo(2);
        assertThat(received.getMessageID()).isEqualTo("<8.test@booking.example.com>");
        assertThat(SMTP.getReceivedMessages()[1].getMessageID()).isEqualTo("<9.test@booking.example.com>");
    }

    @Test
    void aServerThatIsNotThereIsUnreachableWithAShortReason() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        SmtpMailGateway gateway = gatewayTo(closed, clock);

        try (MailGateway.Connection connection = gateway.open()) {
            assertThatThrownBy(() -> connection.send(mail(10, Optional.empty())))
                    .isInstanceOfSatisfying(MailNotSentException.class, e -> {
                        assertThat(e.reason()).isEqualTo(MailNotSentException.Reason.UNREACHABLE);
                        assertThat(e.getMessage()).contains("Connection refused").doesNotContain("\n", "\tat ")
                                .hasSizeLessThanOrEqualTo(300);
                    });
        }
        assertThat(gateway.server()).contains("127.0.0.1:" + closed);
    }

    @Test
    void aRecipientOrMessageRefusedWithA5xxIsRefusedForGood() throws Exception {
        InternetAddress to = new InternetAddress("nobody@example.com");
        SendFailedException unknownUser = new SendFailedException("Invalid Addresses",
                new SMTPAddressFailedException(to, "RCPT TO:<nobody@example.com>", 550, "550 5.1.1 User unknown"),
                null, null, new InternetAddress[] {to});
        SMTPSendFailedException spam = new SMTPSendFailedException("DATA", 554, "554 5.7.1 Message rejected",
                null, null, null, null);

        assertThat(SmtpMailGateway.classified(unknownUser).reason()).isEqualTo(MailNotSentException.Reason.REFUSED);
        assertThat(SmtpMailGateway.classified(unknownUser).getMessage()).isEqualTo("550 5.1.1 User unknown");
        assertThat(SmtpMailGateway.classified(spam).reason()).isEqualTo(MailNotSentException.Reason.REFUSED);
    }

    @Test
    void aTemporaryReplyOrABrokenConnectionIsTriedAgain() throws Exception {
        InternetAddress to = new InternetAddress("busy@example.com");
        SendFailedException mailboxBusy = new SendFailedException("Invalid Addresses",
                new SMTPAddressFailedException(to, "RCPT TO:<busy@example.com>", 450, "450 4.2.1 Mailbox busy"),
                null, null, new InternetAddress[] {to});
        MessagingException broken = new MessagingException("Exception reading response",
                new IOException("Connection reset"));

        assertThat(SmtpMailGateway.classified(mailboxBusy).reason())
                .isEqualTo(MailNotSentException.Reason.TEMPORARY);
        assertThat(SmtpMailGateway.classified(broken).reason()).isEqualTo(MailNotSentException.Reason.TEMPORARY);
        assertThat(SmtpMailGateway.classified(broken).getMessage())
                .isEqualTo("Exception reading response (Connection reset)");
    }

    private static String type(BodyPart part) throws MessagingException {
        return new ContentType(part.getContentType()).getBaseType();
    }

    private static String property(Calendar calendar, String name) {
        Optional<Property> property = calendar.getProperty(name);
        return property.map(Property::getValue).orElse(null);
    }

    private static Calendar parse(BodyPart part) throws IOException, MessagingException, ParserException {
        try (InputStream in = part.getInputStream()) {
            return new CalendarBuilder().build(new StringReader(new String(in.readAllBytes(),
                    StandardCharsets.UTF_8)));
        }
    }
}
