package com.buildappswith.booking.notification.model;

import com.buildappswith.booking.scheduling.model.BookingStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static com.buildappswith.booking.notification.model.IcsMethod.CANCEL;
import static com.buildappswith.booking.notification.model.IcsMethod.REQUEST;
import static com.buildappswith.booking.notification.model.NoticeKind.BOOKING_CANCELLED;
import static com.buildappswith.booking.notification.model.NoticeKind.BOOKING_CONFIRMED;
import static com.buildappswith.booking.notification.model.NoticeKind.BOOKING_RESCHEDULED;
import static com.buildappswith.booking.notification.model.NoticeKind.HOLD_EXPIRED;
import static com.buildappswith.booking.notification.model.NoticeKind.PAYMENT_PENDING;
import static com.buildappswith.booking.notification.model.NoticeKind.SESSION_OUTCOME;
import static com.buildappswith.booking.notification.model.Party.BUILDER;
import static com.buildappswith.booking.notification.model.Party.CLIENT;
import static com.buildappswith.booking.scheduling.model.BookingStatus.CANCELLED_BY_BUILDER;
import static com.buildappswith.booking.scheduling.model.BookingStatus.CANCELLED_BY_CLIENT;
import static com.buildappswith.booking.scheduling.model.BookingStatus.COMPLETED;
import static com.buildappswith.booking.scheduling.model.BookingStatus.CONFIRMED;
import static com.buildappswith.booking.scheduling.model.BookingStatus.EXPIRED;
import static com.buildappswith.booking.scheduling.model.BookingStatus.HELD;
import static com.buildappswith.booking.scheduling.model.BookingStatus.NO_SHOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoticeRulesTest {

    private static NoticePlan invite(NoticeKind kind, Party to, IcsMethod method) {
        return new NoticePlan(kind, to, true, Optional.of(method));
    }

    private static NoticePlan email(NoticeKind kind, Party to) {
        return new NoticePlan(kind, to, true, Optional.empty());
    }

    private static NoticePlan inApp(NoticeKind kind, Party to) {
        return new NoticePlan(kind, to, false, Optional.empty());
    }

    /** Every change the booking lifecycle knows, and who hears of it how. */
    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("free session booked", BookingTransition.created(CONFIRMED, ChangedBy.CLIENT),
                        List.of(invite(BOOKING_CONFIRMED, CLIENT, REQUEST), invite(BOOKING_CONFIRMED, BUILDER, REQUEST))),
                Arguments.of("paid session held", BookingTransition.created(HELD, ChangedBy.CLIENT),
                        List.of(inApp(PAYMENT_PENDING, CLIENT))),
                Arguments.of("payment arrived", BookingTransition.of(HELD, CONFIRMED, ChangedBy.SYSTEM),
                        List.of(invite(BOOKING_CONFIRMED, CLIENT, REQUEST), invite(BOOKING_CONFIRMED, BUILDER, REQUEST))),
                Arguments.of("late payment, slot still free", BookingTransition.of(EXPIRED, CONFIRMED, ChangedBy.SYSTEM),
                        List.of(invite(BOOKING_CONFIRMED, CLIENT, REQUEST), invite(BOOKING_CONFIRMED, BUILDER, REQUEST))),
                Arguments.of("hold lapsed", BookingTransition.of(HELD, EXPIRED, ChangedBy.SYSTEM),
                        List.of(email(HOLD_EXPIRED, CLIENT))),
                Arguments.of("client let the hold go", BookingTransition.of(HELD, EXPIRED, ChangedBy.CLIENT),
                        List.of(inApp(HOLD_EXPIRED, CLIENT))),
                Arguments.of("admin cancelled a hold", BookingTransition.of(HELD, CANCELLED_BY_BUILDER, ChangedBy.ADMIN),
                        List.of(email(BOOKING_CANCELLED, CLIENT))),
                Arguments.of("client cancelled a hold", BookingTransition.of(HELD, CANCELLED_BY_CLIENT, ChangedBy.CLIENT),
                        List.of(inApp(BOOKING_CANCELLED, CLIENT))),
                Arguments.of("client cancelled", BookingTransition.of(CONFIRMED, CANCELLED_BY_CLIENT, ChangedBy.CLIENT),
                        List.of(invite(BOOKING_CANCELLED, CLIENT, CANCEL), invite(BOOKING_CANCELLED, BUILDER, CANCEL))),
                Arguments.of("builder cancelled", BookingTransition.of(CONFIRMED, CANCELLED_BY_BUILDER, ChangedBy.BUILDER),
                        List.of(invite(BOOKING_CANCELLED, CLIENT, CANCEL), invite(BOOKING_CANCELLED, BUILDER, CANCEL))),
                Arguments.of("admin cancelled", BookingTransition.of(CONFIRMED, CANCELLED_BY_BUILDER, ChangedBy.ADMIN),
                        List.of(invite(BOOKING_CANCELLED, CLIENT, CANCEL), invite(BOOKING_CANCELLED, BUILDER, CANCEL))),
                Arguments.of("moved", BookingTransition.move(CONFIRMED, ChangedBy.CLIENT),
                        List.of(invite(BOOKING_RESCHEDULED, CLIENT, REQUEST),
                                invite(BOOKING_RESCHEDULED, BUILDER, REQUEST))),
                Arguments.of("builder recorded completion", BookingTransition.of(CONFIRMED, COMPLETED, ChangedBy.BUILDER),
                        List.of(email(SESSION_OUTCOME, CLIENT))),
                Arguments.of("builder recorded a no-show", BookingTransition.of(CONFIRMED, NO_SHOW, ChangedBy.BUILDER),
                        List.of(email(SESSION_OUTCOME, CLIENT))),
                Arguments.of("job completed a past session", BookingTransition.of(CONFIRMED, COMPLETED, ChangedBy.SYSTEM),
                        List.of()),
                Arguments.of("note on an expired booking", BookingTransition.of(EXPIRED, EXPIRED, ChangedBy.SYSTEM),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void tellsEachPartyWhatConcernsThem(String change, BookingTransition transition, List<NoticePlan> expected) {
        assertThat(NoticeRules.forChange(transition)).containsExactlyElementsOf(expected);
    }

    @Test
    void remindersGoToBothPartiesAndTheEndOfFreeCancellationToTheClient() {
        assertThat(NoticeRules.once(NoticeKind.REMINDER_EARLY)).containsExactly(email(NoticeKind.REMINDER_EARLY, CLIENT),
                email(NoticeKind.REMINDER_EARLY, BUILDER));
        assertThat(NoticeRules.once(NoticeKind.REMINDER_LATE)).extracting(NoticePlan::to).containsExactly(CLIENT,
                BUILDER);
        assertThat(NoticeRules.once(NoticeKind.CANCELLATION_WINDOW_CLOSED))
                .containsExactly(email(NoticeKind.CANCELLATION_WINDOW_CLOSED, CLIENT));
    }

    @ParameterizedTest
    @EnumSource(value = NoticeKind.class, names = {"REMINDER_EARLY", "REMINDER_LATE", "CANCELLATION_WINDOW_CLOSED"},
            mode = EnumSource.Mode.EXCLUDE)
    void refusesToWriteAChangesNoticeOncePerStart(NoticeKind kind) {
        assertThatThrownBy(() -> NoticeRules.once(kind)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refundsAreToldToTheClientByEmail() {
        assertThat(NoticeRules.forRefund(true)).containsExactly(email(NoticeKind.REFUND_COMPLETED, CLIENT));
        assertThat(NoticeRules.forRefund(false)).containsExactly(email(NoticeKind.REFUND_FAILED, CLIENT));
    }

    @Test
    void everyChangeOfAConfirmedBookingThatTheBuilderHearsOfCarriesAnInvite() {
        for (BookingStatus to : BookingStatus.values()) {
            if (CONFIRMED.canBecome(to)) {
                for (ChangedBy by : ChangedBy.values()) {
                    NoticeRules.forChange(BookingTransition.of(CONFIRMED, to, by)).stream()
                            .filter(plan -> plan.to() == BUILDER)
                            .forEach(plan -> assertThat(plan.invite()).as("%s by %s", to, by).isPresent());
                }
            }
        }
    }

    @Test
    void tellsWhoChangedTheBookingFromTheActorItRecords() {
        assertThat(ChangedBy.of("ada@example.com", "ada@example.com", "bob@example.com")).isEqualTo(ChangedBy.CLIENT);
        assertThat(ChangedBy.of("bob@example.com", "ada@example.com", "bob@example.com")).isEqualTo(ChangedBy.BUILDER);
        assertThat(ChangedBy.of("root@example.com", "ada@example.com", "bob@example.com")).isEqualTo(ChangedBy.ADMIN);
        assertThat(ChangedBy.of("system", "ada@example.com", "bob@example.com")).isEqualTo(ChangedBy.SYSTEM);
        assertThat(ChangedBy.of("payment", "ada@example.com", "bob@example.com")).isEqualTo(ChangedBy.SYSTEM);
    }

    @Test
    void takesWhatThePersonSaidOutOfTheRecordedReason() {
        assertThat(NoticeRules.statedReason("cancelled by the builder: I am ill")).contains("I am ill");
        assertThat(NoticeRules.statedReason("cancelled by an admin: double booking")).contains("double booking");
        assertThat(NoticeRules.statedReason("cancelled by the client")).isEmpty();
        assertThat(NoticeRules.statedReason("payment failed")).contains("payment failed");
    }
}
