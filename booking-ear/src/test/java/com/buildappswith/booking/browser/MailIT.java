package com.buildappswith.booking.browser;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static com.buildappswith.booking.browser.Mailbox.about;
import static com.buildappswith.booking.browser.Mailbox.subjectStarting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail of a booking's life, from the deployed EAR through its outbox job to an SMTP server (the tests' GreenMail):
 * a client in India books a free half hour with Ada in New York, moves it and cancels it; each step brings each of them
 * one message, whose text and HTML say the time in the reader's zone and in the other's and link to the booking, and
 * whose calendar invite (read with ical4j) adds, moves and removes the one event under one UID. A paid booking (Stripe
 * mode) is confirmed by mail once its payment arrived, and not before.
 */
class MailIT {

    private static final ZoneId CLIENT_ZONE = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter DAY_AND_TIME =
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm", Locale.ENGLISH);

    private ManagedBookings bookings;

    @BeforeEach
    void mailServerRuns() {
        TestMailServer.requireRunning();
    }

    @AfterEach
    void close() {
        if (bookings != null) {
            bookings.close();
        }
    }

    @Test
    void bookingMovingAndCancellingSendEachPartyOneMessageWithTheInviteOfOneEvent() throws Exception {
        bookings = ManagedBookings.openFree("mail");
        String client = bookings.newClient("mail");
        List<Instant> starts = bookings.freeStarts(Instant.now().plus(Duration.ofDays(3)),
                Instant.now().plus(Duration.ofDays(5)));
        Instant start = starts.get(0);
        Instant moved = starts.get(starts.size() - 1);
        Mailbox clientMail = new Mailbox(client);
        Mailbox adaMail = new Mailbox(SignIn.DEMO_BUILDER);

        HttpResponse<String> created = bookings.book(client, start);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject booking = ManagedBookings.json(created.body());
        long id = booking.getJsonNumber("id").longValue();
        assertThat(booking.getString("status")).isEqualTo("CONFIRMED");
        ReceivedMail toClient = clientMail.await(1, about(id)).get(0);
        ReceivedMail toAda = adaMail.await(1, about(id)).get(0);
        assertThat(toClient.subject()).startsWith("Confirmed: " + bookings.sessionTypeName() + " with Ada Okafor");
        assertThat(toAda.subject()).startsWith("Confirmed: " + bookings.sessionTypeName() + " with Managing mail");
        saysTheTimeInBothZones(toClient, start, CLIENT_ZONE, "Ada Okafor", ManagedBookings.ADA_ZONE);
        saysTheTimeInBothZones(toAda, start, ManagedBookings.ADA_ZONE, "Managing mail", CLIENT_ZONE);
        linksToTheBooking(toClient, id);
        linksToTheBooking(toAda, id);
        ReceivedMail.Invite invite = toClient.invite();
        assertThat(toClient.calendarType().orElseThrow()).contains("text/calendar").containsIgnoringCase(
                "method=REQUEST");
        assertThat(invite.method()).isEqualTo("REQUEST");
        assertThat(invite.sequence()).isZero();
        assertThat(invite.start()).isEqualTo(start);
        assertThat(invite.dtStart()).endsWith("Z");
        assertThat(invite.organizer()).isEqualToIgnoringCase("mailto:" + SignIn.DEMO_BUILDER);
        assertThat(invite.attendee()).isEqualToIgnoringCase("mailto:" + client);
        assertThat(toClient.attachedIcs()).as("the invite also as a file").contains(toClient.calendar().orElseThrow());
        assertThat(toAda.invite()).isEqualTo(invite);

        HttpResponse<String> rescheduled = bookings.as(client, "POST", "api/bookings/" + id + "/reschedule",
                "{\"start\":\"" + moved + "\"}");

        assertThat(rescheduled.statusCode()).as(rescheduled.body()).isEqualTo(200);
        ReceivedMail movedToClient = clientMail.await(1, about(id).and(subjectStarting("Moved:"))).get(0);
        ReceivedMail movedToAda = adaMail.await(1, about(id).and(subjectStarting("Moved:"))).get(0);
        saysTheTimeInBothZones(movedToClient, moved, CLIENT_ZONE, "Ada Okafor", ManagedBookings.ADA_ZONE);
        ReceivedMail.Invite movedInvite = movedToClient.invite();
        assertThat(movedInvite.method()).isEqualTo("REQUEST");
        assertThat(movedInvite.uid()).isEqualTo(invite.uid());
        assertThat(movedInvite.sequence()).isEqualTo(1);
        assertThat(movedInvite.start()).isEqualTo(moved);
        assertThat(movedToAda.invite()).isEqualTo(movedInvite);

        HttpResponse<String> cancelled = bookings.as(client, "POST", "api/bookings/" + id + "/cancel",
                "{\"reason\":\"Something came up\"}");

        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        ReceivedMail cancelledToClient = clientMail.await(1, about(id).and(subjectStarting("Cancelled:"))).get(0);
        ReceivedMail cancelledToAda = adaMail.await(1, about(id).and(subjectStarting("Cancelled:"))).get(0);
        assertThat(cancelledToAda.text()).contains("Reason given: Something came up");
        ReceivedMail.Invite cancellation = cancelledToClient.invite();
        assertThat(cancelledToClient.calendarType().orElseThrow()).containsIgnoringCase("method=CANCEL");
        assertThat(cancellation.method()).isEqualTo("CANCEL");
        assertThat(cancellation.status()).isEqualTo("CANCELLED");
        assertThat(cancellation.uid()).isEqualTo(invite.uid());
        assertThat(cancellation.sequence()).isGreaterThan(movedInvite.sequence());
        assertThat(cancelledToAda.invite()).isEqualTo(cancellation);

        Thread.sleep(Mailbox.SETTLE.toMillis());
        List<ReceivedMail> all = new ArrayList<>(clientMail.received(about(id)));
        all.addAll(adaMail.received(about(id)));
        assertThat(all).as("each message once").hasSize(6);
        assertThat(all.stream().map(ReceivedMail::messageId).distinct()).hasSize(6);
    }

    @Test
    void aPaidBookingIsConfirmedByMailOnceItsPaymentArrived() throws Exception {
        bookings = ManagedBookings.open("paid mail");
        String client = bookings.newClient("paying");
        Instant start = bookings.freeStartBetween(Instant.now().plus(Duration.ofDays(3)),
                Instant.now().plus(Duration.ofDays(5)));
        Mailbox clientMail = new Mailbox(client);
        Mailbox adaMail = new Mailbox(SignIn.DEMO_BUILDER);

        long id = bookings.bookAndPay(client, start);

        ReceivedMail toClient = clientMail.await(1, about(id)).get(0);
        ReceivedMail toAda = adaMail.await(1, about(id)).get(0);
        assertThat(toClient.subject()).startsWith("Confirmed: ");
        assertThat(toClient.text()).contains("We received your payment of GBP 110.00.");
        assertThat(toAda.text()).contains("Managing paying's payment of GBP 110.00 arrived");
        assertThat(toClient.invite().start()).isEqualTo(start);
        Thread.sleep(Mailbox.SETTLE.toMillis());
        assertThat(clientMail.received(about(id))).as("no mail while it waited for the payment, one after")
                .hasSize(1);
        assertThat(adaMail.received(about(id))).hasSize(1);
    }

    /** Both bodies give the session's time in the reader's zone and in the other party's, each naming its zone. */
    private static void saysTheTimeInBothZones(ReceivedMail mail, Instant start, ZoneId readerZone, String other,
                                               ZoneId otherZone) {
        String yours = DAY_AND_TIME.format(start.atZone(readerZone));
        String theirs = DAY_AND_TIME.format(start.atZone(otherZone));
        // The end follows the start on the same line: "–07:30 IST", or with its day when the session ends after
        // midnight in that zone ("–Sunday 6 December 2026, 00:00 IST").
        String untilTheEndIn = "\\S[^\\n]* \\S+ \\(";
        assertThat(mail.text())
                .containsPattern("When \\(your time\\): " + yours + untilTheEndIn + readerZone.getId() + "\\)")
                .containsPattern("When for " + other + ": " + theirs + untilTheEndIn + otherZone.getId() + "\\)");
        Stream.of(yours, theirs, "(" + readerZone.getId() + ")", "(" + otherZone.getId() + ")")
                .forEach(text -> assertThat(mail.html()).contains(text));
    }

    private static void linksToTheBooking(ReceivedMail mail, long id) {
        String link = ManagedBookings.BASE_URL + "booking/manage/" + id;
        assertThat(mail.text()).contains("Open the booking: " + link);
        assertThat(mail.html()).contains("<a href=\"" + link + "\">");
    }
}
