package com.buildappswith.booking.notification.application;

import com.buildappswith.booking.notification.model.CalendarInvites;
import com.buildappswith.booking.notification.model.NoticeKind;
import com.buildappswith.booking.notification.model.NoticeLinks;
import com.buildappswith.booking.notification.model.NoticeRepository;
import com.buildappswith.booking.payment.application.Payments;
import com.buildappswith.booking.payment.model.RefundSettled;
import com.buildappswith.booking.scheduling.model.BookingChanged;
import com.buildappswith.booking.scheduling.model.BookingRepository;
import com.buildappswith.booking.shared.InvalidSettingException;
import com.buildappswith.booking.shared.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Writes the notices of every booking change and settled refund as it happens: plain {@code @Observes}, so in the
 * thread and the transaction of the change, whose commit or rollback the notices share. A notice that cannot be
 * written fails the change: a booking nobody hears of is worse than one refused with an error.
 */
@ApplicationScoped
public class BookingNoticeWriter {

    private static final Logger LOG = Logger.getLogger(BookingNoticeWriter.class.getName());

    @Inject
    private NoticeRepository noticeRepository;

    @Inject
    private BookingRepository bookings;

    @Inject
    private Payments payments;

    @Inject
    private CalendarInvites invites;

    @Inject
    private Clock clock;

    private BookingNotices notices;

    @PostConstruct
    void prepare() {
        notices = new BookingNotices(noticeRepository, bookings,
                PaymentFacts.of(payments::summariesOf, payments::refundOnItsWay), invites, links(), clock);
    }

    private static NoticeLinks links() {
        try {
            return NoticeLinks.from(Settings.fromSystem());
        } catch (InvalidSettingException e) {
            LOG.severe(e.getMessage() + "; the notices link to " + NoticeLinks.DEFAULT_PUBLIC_URL);
            return new NoticeLinks(NoticeLinks.DEFAULT_PUBLIC_URL);
        }
    }

    void bookingChanged(@Observes BookingChanged change) {
        notices.changed(change);
    }

    void refundSettled(@Observes RefundSettled settled) {
        notices.refundSettled(settled);
    }

    /** See {@link OnceNotices#writeOnce}; in the caller's transaction. */
    public boolean writeOnce(long bookingId, NoticeKind kind, Instant startsAt) {
        return notices.writeOnce(bookingId, kind, startsAt);
    }

    /** See {@link OnceNotices#writeEachOnce}; in the caller's transaction. */
    public int writeEachOnce(List<OnceNotices.Once> due) {
        return notices.writeEachOnce(due);
    }
}
