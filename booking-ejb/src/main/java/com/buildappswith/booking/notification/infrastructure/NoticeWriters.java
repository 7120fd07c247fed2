package com.buildappswith.booking.notification.infrastructure;

import com.buildappswith.booking.notification.application.BookingNotices;
import com.buildappswith.booking.notification.application.PaymentFacts;
import com.buildappswith.booking.notification.model.CalendarInvites;
import com.buildappswith.booking.notification.model.NoticeLinks;
import com.buildappswith.booking.payment.application.PaymentLedger;
import com.buildappswith.booking.payment.infrastructure.JpaPaymentRepository;
import com.buildappswith.booking.scheduling.infrastructure.JpaBookingRepository;
import jakarta.persistence.EntityManager;

import java.time.Clock;

/**
 * The notices of booking changes outside the server, as the server's {@code BookingNoticeWriter} writes them: every
 * repository over one entity manager and its resource-local transaction, the payments read through their ledger, for
 * the database tests and the booking-write benchmark (beside {@code SlotBookers}).
 */
public final class NoticeWriters {

    private NoticeWriters() {
    }

    /** @param testMode whether the payments read for the notices were made in the payment provider's test mode */
    public static BookingNotices over(EntityManager entityManager, NoticeLinks links, boolean testMode, Clock clock) {
        return over(entityManager, links, testMode, clock, new Ical4jInvites());
    }

    /** The same, with the invites written by {@code invites}. */
    public static BookingNotices over(EntityManager entityManager, NoticeLinks links, boolean testMode, Clock clock,
                                      CalendarInvites invites) {
        PaymentLedger ledger = new PaymentLedger(new JpaPaymentRepository(entityManager), testMode, clock);
        return new BookingNotices(new JpaNoticeRepository(entityManager),
                new JpaBookingRepository(entityManager, change -> { }),
                PaymentFacts.of(ledger::summariesOf, ledger::refundOnItsWay), invites, links, clock);
    }
}
