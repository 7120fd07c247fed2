package com.buildappswith.booking.web.manage;

import com.buildappswith.booking.payment.application.PaymentView;
import com.buildappswith.booking.payment.model.PaymentStatus;
import com.buildappswith.booking.payment.model.RefundProgress;
import com.buildappswith.booking.scheduling.application.BookingAction;
import com.buildappswith.booking.scheduling.application.ManagedBookingView;
import com.buildappswith.booking.scheduling.application.ViewerRole;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BookingRowTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final Instant START = Instant.parse("2026-12-03T14:00:00Z");

    @Test
    void aClientReadsTheTimeInTheirZoneAndTheBuildersBesideIt() {
        BookingRow row = new BookingRow(booking(ViewerRole.CLIENT, Set.of(BookingAction.CANCEL), Map.of()), KOLKATA);

        assertThat(row.time()).isEqualTo("Thursday 3 December 2026, 19:30 (Asia/Kolkata)");
        assertThat(row.otherParty()).isEqualTo("Ada Okafor");
        assertThat(row.otherPartyTime()).isEqualTo("Thursday 3 December 2026, 09:00 (America/New_York)");
    }

    @Test
    void aBuilderReadsTheClientsZoneBesideTheirOwn() {
        BookingRow row = new BookingRow(booking(ViewerRole.BUILDER, Set.of(), Map.of()), NEW_YORK);

        assertThat(row.otherParty()).isEqualTo("Client Person");
        assertThat(row.otherPartyTime()).isEqualTo("Thursday 3 December 2026, 19:30 (Asia/Kolkata)");
    }

    @Test
    void whatIsNotPossibleNowIsSaidWithItsReasonInsteadOfAMissingButton() {
        BookingRow row = new BookingRow(booking(ViewerRole.CLIENT, Set.of(BookingAction.CANCEL),
                Map.of(BookingAction.RESCHEDULE, "It was moved twice already, the most its terms allow.")), KOLKATA);

        assertThat(row.manageLabel()).isEqualTo("Cancel");
        assertThat(row.reasonsNotAllowed())
                .containsExactly("Move to another time: It was moved twice already, the most its terms allow.");
    }

    @Test
    void theLinkToTheBookingSaysWhatCanBeDoneThere() {
        assertThat(new BookingRow(booking(ViewerRole.CLIENT,
                EnumSet.of(BookingAction.CANCEL, BookingAction.RESCHEDULE), Map.of()), KOLKATA).manageLabel())
                .isEqualTo("Cancel or move");
        assertThat(new BookingRow(booking(ViewerRole.BUILDER, Set.of(BookingAction.RECORD_OUTCOME), Map.of()),
                NEW_YORK).manageLabel()).isEqualTo("Record the outcome");
        BookingRow nothing = new BookingRow(booking(ViewerRole.CLIENT, Set.of(), Map.of()), KOLKATA);
        assertThat(nothing.hasManageAction()).isFalse();
    }

    @Test
    void thePaymentReadsWithItsRefundAndAPendingRefundIsFlagged() {
        BookingRow row = new BookingRow(booking(ViewerRole.CLIENT, Set.of(), Map.of()), KOLKATA);

        assertThat(row.payment()).isEqualTo("Paid USD 150.00, USD 75.00 refunded, refund pending");
        assertThat(row.isRefundPending()).isTrue();
    }

    private static ManagedBookingView booking(ViewerRole viewer, Set<BookingAction> allowed,
                                              Map<BookingAction, String> notAllowed) {
        Currency usd = Currency.getInstance("USD");
        PaymentView payment = new PaymentView(7, "stripe", false, PaymentStatus.PAID, new Money(15000, usd),
                new Money(7500, usd), RefundProgress.PENDING, Optional.empty());
        return new ManagedBookingView(7, viewer, 1, "Ada Okafor", NEW_YORK, "Client Person", KOLKATA,
                "Architecture review", START, START.plusSeconds(3600), BookingStatus.CONFIRMED, Optional.empty(),
                "Questions", "", Optional.of(payment), Optional.empty(), 0, allowed, notAllowed);
    }
}
