package com.buildappswith.booking.jobs.application;

import com.buildappswith.booking.jobs.model.BookingPosition;
import com.buildappswith.booking.jobs.model.BookingShare;
import com.buildappswith.booking.jobs.model.DueReminder;
import com.buildappswith.booking.jobs.model.DueWork;
import com.buildappswith.booking.jobs.model.DueNotices;
import com.buildappswith.booking.jobs.model.ReminderOffsets;
import com.buildappswith.booking.jobs.model.SharePositions;
import com.buildappswith.booking.notification.application.OnceNotices;
import com.buildappswith.booking.notification.model.NoticeKind;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The jobs' work on bookings for the batch module's readers, writers and batchlets; never offered to a person
 * directly. What is due is asked of {@link DueNotices} at the moment of writing, with the application's clock, and
 * each notice is written through {@link OnceNotices}, which writes it at most once however often it is asked: a run
 * that overlaps another, or repeats a chunk after a crash, writes nothing twice.
 */
@Stateless
@PermitAll
public class JobWork {

    @Inject
    private DueWork due;

    @Inject
    private OnceNotices notices;

    @EJB
    private JobLedger ledger;

    @Inject
    private Clock clock;

    /** A page of the reminders due now in {@code share}, in (start, id) order after {@code after}. */
    public List<DueReminder> remindersDue(ReminderOffsets offsets, BookingShare share, Optional<BookingPosition> after,
                                          int limit) {
        Instant now = clock.instant();
        return due.remindersDue(now, offsets, share, after, limit).stream()
                .flatMap(position -> DueNotices.reminderDue(BookingStatus.CONFIRMED, position.startsAt(), now,
                        offsets).map(kind -> new DueReminder(position, kind, share)).stream())
                .toList();
    }

    /**
     * Writes the reminders of a chunk in the chunk's transaction, each only if it is still the one due (a session
     * that started while the chunk waited gets none), and records the run's progress and renews its lease in the
     * same transaction, so the position a restart resumes from is the position committed: the run keeps one for
     * each share ({@link SharePositions}), of which this chunk moves that of the share its reminders were read in.
     *
     * @throws LeaseLostException when the run no longer holds its lease: the chunk rolls back
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void writeReminders(List<DueReminder> reminders, ReminderOffsets offsets, long runId, String holder) {
        Instant now = clock.instant();
        List<OnceNotices.Once> stillDue = reminders.stream()
                .filter(reminder -> DueNotices.reminderDue(BookingStatus.CONFIRMED, reminder.position().startsAt(),
                        now, offsets).filter(reminder.kind()::equals).isPresent())
                .map(reminder -> new OnceNotices.Once(reminder.position().bookingId(), reminder.kind(),
                        reminder.position().startsAt()))
                .toList();
        int written = notices.writeEachOnce(stillDue);
        Optional<DueReminder> last = reminders.isEmpty() ? Optional.empty()
                : Optional.of(reminders.get(reminders.size() - 1));
        ledger.progressed(runId, holder, reminders.size(), written, reminders.size() - written,
                recorded -> last.map(reached -> SharePositions.of(recorded, reached.share().count())
                        .with(reached.share(), reached.position()).toString()).or(() -> recorded));
    }

    /**
     * Notes the end of free cancellation for one page of bookings whose window has closed, after {@code afterId}, in
     * a transaction of its own with the run's progress.
     *
     * @return the last booking id of the page, or empty when there were none left
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> closeWindows(long afterId, int limit, long runId, String holder) {
        Instant now = clock.instant();
        List<DueWork.WindowCandidate> page = due.windowsClosed(now, afterId, limit);
        if (page.isEmpty()) {
            return Optional.empty();
        }
        int written = notices.writeEachOnce(page.stream()
                .filter(candidate -> DueNotices.windowClosedDue(BookingStatus.CONFIRMED, candidate.startsAt(),
                        candidate.createdAt(), candidate.freeNotice(), now))
                .map(candidate -> new OnceNotices.Once(candidate.bookingId(), NoticeKind.CANCELLATION_WINDOW_CLOSED,
                        candidate.startsAt()))
                .toList());
        ledger.progressed(runId, holder, page.size(), written, page.size() - written, Optional.empty());
        return Optional.of(page.get(page.size() - 1).bookingId());
    }

    /** A page of the ids, after {@code afterId}, of CONFIRMED sessions that ended more than {@code grace} ago. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> pastSessions(Duration grace, long afterId, int limit) {
        return due.endedBefore(clock.instant().minus(grace), afterId, limit);
    }

    /** Records progress that was made outside a chunk (a batchlet's), and renews the lease, on its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void progressed(long runId, String holder, int read, int written, int skipped) {
        ledger.progressed(runId, holder, read, written, skipped, Optional.empty());
    }
}
