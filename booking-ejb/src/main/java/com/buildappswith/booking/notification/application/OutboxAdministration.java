package com.buildappswith.booking.notification.application;

import com.buildappswith.booking.notification.model.OutboxFilter;
import com.buildappswith.booking.notification.model.OutboxLogRepository;
import com.buildappswith.booking.notification.model.OutboxMessage;
import com.buildappswith.booking.notification.model.OutboxStatus;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.Page;
import com.buildappswith.booking.shared.ProblemType;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The admin's outbox: the messages by status (newest first, paged in the database), one whole, how many there are of
 * each status, and sending a failed or waiting message again now with a fresh count of attempts, written to the
 * audit log in the same transaction. Plain Java over the repository: {@link OutboxConsole} in the server, the
 * database test outside it.
 */
public final class OutboxAdministration {

    private final OutboxLogRepository outbox;
    private final AuditLog audit;
    private final Clock clock;

    /** Where the retries are written: the admin audit log, with the caller as the actor. */
    @FunctionalInterface
    public interface AuditLog {
        void record(String action, String subject, Optional<String> before, Optional<String> after);
    }

    public OutboxAdministration(OutboxLogRepository outbox, AuditLog audit, Clock clock) {
        this.outbox = Objects.requireNonNull(outbox, "An outbox repository is required.");
        this.audit = Objects.requireNonNull(audit, "An audit log is required.");
        this.clock = Objects.requireNonNull(clock, "A clock is required.");
    }

    public Page<OutboxMessageView> messages(OutboxFilter filter, int offset, int limit) {
        return outbox.newest(Objects.requireNonNull(filter, "A filter is required."), Math.max(0, offset),
                Page.boundedLimit(limit)).map(OutboxMessageView::of);
    }

    public OutboxCounts counts() {
        Map<OutboxStatus, Long> counts = outbox.countsByStatus();
        return new OutboxCounts(counts.getOrDefault(OutboxStatus.PENDING, 0L),
                counts.getOrDefault(OutboxStatus.SENT, 0L), counts.getOrDefault(OutboxStatus.FAILED, 0L));
    }

    /** @throws OutboxMessageNotFoundException when there is none of that id */
    public OutboxMessageDetails message(long id) {
        return OutboxMessageDetails.of(outbox.find(id).orElseThrow(() -> new OutboxMessageNotFoundException(id)));
    }

    /**
     * Sends a FAILED or PENDING message again as soon as the outbox job next runs, its attempts counted from 0.
     *
     * @throws OutboxMessageNotFoundException when there is none of that id
     * @throws DomainException when it was sent already, or a node is sending it at this moment (a retry then could
     *         send it twice)
     */
    public OutboxMessageView retry(long id) {
        OutboxMessage message = outbox.lock(id).orElseThrow(() -> new OutboxMessageNotFoundException(id));
        Instant now = clock.instant();
        if (message.status() == OutboxStatus.SENT) {
            throw new DomainException(ProblemType.NOT_ALLOWED, "Message " + id + " was sent already: there is "
                    + "nothing to send again.");
        }
        if (beingSent(message, now)) {
            throw new DomainException(ProblemType.CONFLICT, "Message " + id + " is being sent at this moment; look "
                    + "again in a minute.");
        }
        String before = message.status() + " after " + message.attempts() + " attempt(s)"
                + message.lastError().map(error -> ": " + error).orElse("");
        message.retryNow(now);
        audit.record("retried message", "outbox message " + id + " (" + message.kind() + ") to "
                + message.recipientEmail(), Optional.of(before), Optional.of(message.status() + ", attempts reset"));
        return OutboxMessageView.of(message);
    }

    /** A pending message that is due but not free to take is one a node has claimed and is sending now. */
    static boolean beingSent(OutboxMessage message, Instant now) {
        return message.status() == OutboxStatus.PENDING && !message.nextAttemptAt().isAfter(now)
                && !message.isDueAt(now);
    }
}
