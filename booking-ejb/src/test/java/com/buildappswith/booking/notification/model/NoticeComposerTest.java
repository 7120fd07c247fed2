package com.buildappswith.booking.notification.model;

import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeComposerTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Money PRICE = new Money(6000, Currency.getInstance("EUR"));
    /** Monday 26 October 2026: Berlin has left summer time (CET), New York has not yet (EDT, until 1 November). */
    private static final Instant START = Instant.parse("2026-10-26T15:00:00Z");

    private final NoticeComposer composer = new NoticeComposer();

    private static BookingFacts facts(String clientName, String purpose, Instant start) {
        return new BookingFacts(42, "Code review", Optional.of(PRICE), start, start.plusSeconds(3600),
                new Recipient(1L, "ada@example.com", clientName, NEW_YORK),
                new Recipient(2L, "bob@example.com", "Bob Builder", BERLIN), purpose,
                URI.create("https://booking.example.com/booking/manage/42"), 0);
    }

    private ComposedNotice confirmed(Party to, BookingFacts facts) {
        return composer.compose(new NoticePlan(NoticeKind.BOOKING_CONFIRMED, to, true, Optional.of(IcsMethod.REQUEST)),
                facts, new NoticeDetail.Confirmed(Optional.of(PRICE)));
    }

    @Test
    void givesEachRecipientTheTimeInTheirOwnZoneAndInTheOtherPartysEachNamed() {
        BookingFacts facts = facts("Ada Client", "Review my PR", START);

        ComposedNotice client = confirmed(Party.CLIENT, facts);
        assertThat(client.textBody())
                .contains("When (your time): Monday 26 October 2026, 11:00–12:00 EDT (America/New_York)")
                .contains("When for Bob Builder: Monday 26 October 2026, 16:00–17:00 CET (Europe/Berlin)")
                .contains("We received your payment of EUR 60.00.")
                .contains("Open the booking: https://booking.example.com/booking/manage/42")
                .contains("The attached invite adds it to your calendar.");
        assertThat(client.subject()).isEqualTo("Confirmed: Code review with Bob Builder on Mon 26 Oct 2026, 11:00 EDT");

        ComposedNotice builder = confirmed(Party.BUILDER, facts);
        assertThat(builder.textBody()).startsWith("Hello Bob Builder,")
                .contains("When (your time): Monday 26 October 2026, 16:00–17:00 CET (Europe/Berlin)")
                .contains("When for Ada Client: Monday 26 October 2026, 11:00–12:00 EDT (America/New_York)")
                .contains("Ada Client's payment of EUR 60.00 arrived");
        assertThat(builder.subject()).isEqualTo("Confirmed: Code review with Ada Client on Mon 26 Oct 2026, 16:00 CET");
        assertThat(builder.htmlBody()).contains("16:00–17:00 CET (Europe/Berlin)")
                .contains("<a href=\"https://booking.example.com/booking/manage/42\">");
    }

    @Test
    void aSessionAcrossTheEndOfSummerTimeNamesBothOffsets() {
        Instant start = Instant.parse("2026-10-25T00:30:00Z");

        ComposedNotice builder = confirmed(Party.BUILDER, facts("Ada Client", "", start));

        assertThat(builder.textBody())
                .contains("When (your time): Sunday 25 October 2026, 02:30 CEST–02:30 CET (Europe/Berlin)")
                .contains("When for Ada Client: Saturday 24 October 2026, 20:30–21:30 EDT (America/New_York)")
                .doesNotContain("Purpose");
    }

    @Test
    void escapesWhatPeopleTypedInTheHtmlAndKeepsItReadableInTheText() {
        BookingFacts facts = facts("Ada <script>alert(1)</script>", "Fix \"A & B\" <b>now</b>", START);

        ComposedNotice builder = composer.compose(new NoticePlan(NoticeKind.BOOKING_CANCELLED, Party.BUILDER, true,
                Optional.of(IcsMethod.CANCEL)), facts, new NoticeDetail.Cancelled(ChangedBy.CLIENT,
                Optional.of("<img src=x onerror=alert(2)>"), Optional.of(PRICE), Optional.of(PRICE)));

        assertThat(builder.htmlBody())
                .doesNotContain("<script>", "<b>now", "<img")
                .contains("Ada &lt;script&gt;alert(1)&lt;/script&gt; cancelled the session.")
                .contains("Fix &quot;A &amp; B&quot; &lt;b&gt;now&lt;/b&gt;")
                .contains("Reason given: &lt;img src=x onerror=alert(2)&gt;");
        assertThat(builder.textBody()).contains("Ada <script>alert(1)</script> cancelled the session.")
                .contains("Purpose: Fix \"A & B\" <b>now</b>")
                .contains("The attached update removes it from your calendar.");
    }

    @Test
    void keepsLineBreaksThatSomeoneTypedOutOfTheSubject() {
        BookingFacts facts = facts("Ada\r\nBcc: someone@example.com", "", START);

        ComposedNotice builder = confirmed(Party.BUILDER, facts);

        assertThat(builder.subject()).doesNotContain("\r", "\n").contains("Ada Bcc: someone@example.com");
        assertThat(builder.inAppText()).doesNotContain("\n");
    }

    @Test
    void tellsTheClientWhatComesBackWhenTheBuilderCancels() {
        ComposedNotice client = composer.compose(new NoticePlan(NoticeKind.BOOKING_CANCELLED, Party.CLIENT, true,
                        Optional.of(IcsMethod.CANCEL)), facts("Ada Client", "", START),
                new NoticeDetail.Cancelled(ChangedBy.BUILDER, Optional.of("I am ill"), Optional.of(PRICE),
                        Optional.of(PRICE)));

        assertThat(client.textBody()).contains("Bob Builder cancelled the session.", "Reason given: I am ill",
                "EUR 60.00 of the EUR 60.00 you paid is on its way back to you");
        assertThat(client.inAppText()).startsWith("Cancelled: Code review with Bob Builder on Mon 26 Oct 2026")
                .contains("on its way back").doesNotContain("calendar");
    }

    @Test
    void tellsTheClientThatNothingComesBackWhenTheTermsGiveNothing() {
        ComposedNotice client = composer.compose(new NoticePlan(NoticeKind.BOOKING_CANCELLED, Party.CLIENT, true,
                        Optional.of(IcsMethod.CANCEL)), facts("Ada Client", "", START),
                new NoticeDetail.Cancelled(ChangedBy.CLIENT, Optional.empty(), Optional.of(PRICE), Optional.empty()));

        assertThat(client.textBody()).contains("You cancelled the session.",
                "nothing of the EUR 60.00 you paid is refunded").doesNotContain("Reason given");
    }

    @Test
    void namesTheOldAndTheNewTimeOfAMove() {
        ComposedNotice builder = composer.compose(new NoticePlan(NoticeKind.BOOKING_RESCHEDULED, Party.BUILDER, true,
                        Optional.of(IcsMethod.REQUEST)), facts("Ada Client", "", START),
                new NoticeDetail.Rescheduled(ChangedBy.CLIENT, START.minusSeconds(86_400),
                        START.minusSeconds(82_800)));

        assertThat(builder.textBody()).contains("Ada Client moved the session from Sunday 25 October 2026, "
                + "16:00–17:00 CET (Europe/Berlin) to Monday 26 October 2026, 16:00–17:00 CET (Europe/Berlin).");
        assertThat(builder.subject()).startsWith("Moved: Code review with Ada Client to Mon 26 Oct 2026, 16:00 CET");
    }

    @Test
    void saysWhatCancellingStillGivesBackOnceFreeCancellationHasEnded() {
        ComposedNotice client = composer.compose(new NoticePlan(NoticeKind.CANCELLATION_WINDOW_CLOSED, Party.CLIENT,
                        true, Optional.empty()), facts("Ada Client", "", START),
                new NoticeDetail.WindowClosed("Standard", 50, Optional.of(PRICE),
                        Optional.of(Instant.parse("2026-10-25T15:00:00Z"))));

        assertThat(client.textBody()).contains("Free cancellation for this session has ended.",
                "Cancelling now gives back 50 % of the EUR 60.00 you paid, under the Standard terms.",
                "You can still move it to another time until Sunday 25 October 2026, 11:00 EDT (America/New_York).");
    }

    @Test
    void passesOnTheBuildersOutcomeNoteAndSaysARefundThatFailedIsRetried() {
        ComposedNotice outcome = composer.compose(new NoticePlan(NoticeKind.SESSION_OUTCOME, Party.CLIENT, true,
                        Optional.empty()), facts("Ada Client", "", START),
                new NoticeDetail.Outcome(BookingStatus.NO_SHOW, Optional.of("We waited 20 minutes")));
        ComposedNotice refund = composer.compose(new NoticePlan(NoticeKind.REFUND_FAILED, Party.CLIENT, true,
                Optional.empty()), facts("Ada Client", "", START), new NoticeDetail.RefundSettled(PRICE, false));

        assertThat(outcome.subject()).startsWith("Missed: ");
        assertThat(outcome.textBody()).contains("Note from Bob Builder: We waited 20 minutes");
        assertThat(refund.textBody()).contains("We are retrying; there is nothing you need to do.");
        assertThat(refund.subject()).startsWith("Refund delayed: ");
    }

    @Test
    void aComposerThatRemembersTimesStillGivesEachSessionAndZoneItsOwn() {
        Instant later = START.plusSeconds(90 * 60);
        BookingFacts first = facts("Ada Client", "", START);
        BookingFacts second = new BookingFacts(43, "Code review", Optional.of(PRICE), later, later.plusSeconds(1800),
                new Recipient(3L, "cy@example.com", "Cy Client", BERLIN), first.builder(), "",
                URI.create("https://booking.example.com/booking/manage/43"), 0);

        for (BookingFacts facts : new BookingFacts[] {first, second, first}) {
            for (Party to : Party.values()) {
                assertThat(confirmed(to, facts)).isEqualTo(new NoticeComposer().compose(new NoticePlan(
                        NoticeKind.BOOKING_CONFIRMED, to, true, Optional.of(IcsMethod.REQUEST)), facts,
                        new NoticeDetail.Confirmed(Optional.of(PRICE))));
            }
        }
        assertThat(confirmed(Party.CLIENT, second).textBody())
                .contains("When (your time): Monday 26 October 2026, 17:30–18:00 CET (Europe/Berlin)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Ada", "Ada Client", " Ada", "Ada ", "Ada  Client", "Ada\tClient", "Ada\nClient",
            "Ada\r\n Client", "Ada\u000BClient", "Ada\fClient", "\u2003Ada\u2003Client\u2003", "Ada \u001C",
            "\n\n", " "})
    void aLineIsWhatCollapsingItsWhitespaceAndStrippingItGives(String text) {
        assertThat(NoticeComposer.oneLine(text)).isEqualTo(text.replaceAll("\\s+", " ").strip());
    }

    /** Seeded: random mixes of letters, the characters HTML escapes, whitespace and a character beyond the BMP. */
    @Test
    void linesAndEscapesOfRandomTextsAreWhatTheRegularExpressionAndTheCodePointsGive() {
        Random random = new Random(20261130);
        String[] pieces = {"a", "Z", " ", "  ", "\t", "\n", "\r", "\u000B", "\f", "\u2003", "&", "<", ">", "\"", "'",
                "é", "\uD83D\uDE00", "&amp;"};
        for (int run = 0; run < 2000; run++) {
            StringBuilder text = new StringBuilder();
            for (int piece = random.nextInt(12); piece > 0; piece--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String given = text.toString();
            assertThat(NoticeComposer.oneLine(given)).as("one line of [%s]", given)
                    .isEqualTo(given.replaceAll("\\s+", " ").strip());
            assertThat(NoticeComposer.escape(given)).as("escaped [%s]", given).isEqualTo(escapedByCodePoint(given));
        }
    }

    private static String escapedByCodePoint(String text) {
        StringBuilder escaped = new StringBuilder();
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }
}
