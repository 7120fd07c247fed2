package com.buildappswith.booking.notification.application;

import com.buildappswith.booking.notification.infrastructure.JpaOutboxLogRepository;
import com.buildappswith.booking.notification.model.CalendarInvite;
import com.buildappswith.booking.notification.model.DeliveryRetry;
import com.buildappswith.booking.notification.model.IcsMethod;
import com.buildappswith.booking.notification.model.NoticeKind;
import com.buildappswith.booking.notification.model.OutboxFilter;
import com.buildappswith.booking.notification.model.OutboxMessage;
import com.buildappswith.booking.notification.model.OutboxStatus;
import com.buildappswith.booking.notification.model.Recipient;
import com.buildappswith.booking.policy.infrastructure.JpaAdminAuditRepository;
import com.buildappswith.booking.policy.model.AdminAuditEntry;
import com.buildappswith.booking.policy.model.AuditArea;
import com.buildappswith.booking.scheduling.application.TestDatabase;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.Page;
import com.buildappswith.booking.shared.ProblemType;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The admin's outbox against a real database (PostgreSQL when BOOKING_DB_URL names one, else the embedded H2): the
 * list filtered and newest first, the counts per status, one message whole, and a retry that starts a failed message
 * afresh and is in the audit log (the admin_audit CHECK admits the NOTIFICATION area), while a sent message or one
 * a node is sending now is refused.
 */
class OutboxAdministrationTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final DeliveryRetry TWO_TRIES = new DeliveryRetry(2, Duration.ofMinutes(1), Duration.ofMinutes(5));
    private static final String ADMIN = "admin@example.com";

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private String run;

    @BeforeEach
    void newRun() {
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void messagesAreFilteredByStatusRecipientAndBookingNewestFirst() {
        long pending = write("ada", NOW.minus(Duration.ofMinutes(3)));
        long failed = failed(write("ada", NOW.minus(Duration.ofMinutes(2))));
        long bobs = write("bob", NOW.minus(Duration.ofMinutes(1)));

        Page<OutboxMessageView> runs = administration(outbox -> outbox.messages(recipient(run), 0, 10));
        Page<OutboxMessageView> adasFailed = administration(outbox -> outbox.messages(
                new OutboxFilter(Optional.of(OutboxStatus.FAILED), Optional.of("ADA-" + run), Optional.empty()), 0,
                10));
        Page<OutboxMessageView> secondPage = administration(outbox -> outbox.messages(recipient(run), 1, 1));

        assertThat(runs.items()).extracting(OutboxMessageView::id).containsExactly(bobs, failed, pending);
        assertThat(runs.total()).isEqualTo(3);
        assertThat(adasFailed.items()).extracting(OutboxMessageView::id).containsExactly(failed);
        assertThat(adasFailed.items().get(0).lastError()).contains("421 try later");
        assertThat(adasFailed.items().get(0).attempts()).isEqualTo(2);
        assertThat(secondPage.items()).extracting(OutboxMessageView::id).containsExactly(failed);
        assertThat(administration(outbox -> outbox.messages(new OutboxFilter(Optional.empty(), Optional.of("%"),
                Optional.empty()), 0, 10)).items()).isEmpty();
    }

    @Test
    void theCountsPerStatusGrowWithTheMessages() {
        OutboxCounts before = administration(OutboxAdministration::counts);
        write("ada", NOW);
        failed(write("ada", NOW));

        OutboxCounts after = administration(OutboxAdministration::counts);

        assertThat(after.pending()).isEqualTo(before.pending() + 1);
        assertThat(after.failed()).isEqualTo(before.failed() + 1);
        assertThat(after.sent()).isEqualTo(before.sent());
        assertThat(after.total()).isEqualTo(before.total() + 2);
    }

    @Test
    void oneMessageComesWholeWithItsBodiesAndInvite() {
        long id = write("ada", NOW);

        OutboxMessageDetails details = administration(outbox -> outbox.message(id));

        assertThat(details.textBody()).isEqualTo("Your session is booked.");
        assertThat(details.htmlBody()).isEqualTo("<p>Your session is <b>booked</b>.</p><script>alert(1)</script>");
        assertThat(details.invite()).map(CalendarInvite::method).contains(IcsMethod.REQUEST);
        assertThat(details.messageId()).endsWith("@booking.example>");
        assertThatThrownBy(() -> administration(outbox -> outbox.message(id + 1_000_000)))
                .isInstanceOf(OutboxMessageNotFoundException.class);
    }

    @Test
    void aFailedMessageIsRetriedWithItsAttemptsResetAndTheRetryIsAudited() {
        long id = failed(write("ada", NOW.minus(Duration.ofHours(1))));

        OutboxMessageView retried = administration(outbox -> outbox.retry(id));

        assertThat(retried.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(retried.attempts()).isZero();
        assertThat(retried.nextAttemptAt()).isEqualTo(NOW);
        OutboxMessageView stored = administration(outbox -> outbox.message(id)).message();
        assertThat(stored.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(stored.attempts()).isZero();
        AdminAuditEntry entry = DATABASE.inTransaction(entityManager -> new JpaAdminAuditRepository(entityManager)
                .recent(AuditArea.NOTIFICATION, 0, 100).items().stream()
                .filter(audited -> audited.subject().contains("outbox message " + id + " "))
                .findFirst().orElseThrow());
        assertThat(entry.actor()).isEqualTo(ADMIN);
        assertThat(entry.action()).isEqualTo("retried message");
        assertThat(entry.before()).hasValueSatisfying(before -> assertThat(before)
                .startsWith("FAILED after 2 attempt(s)").contains("421 try later"));
        assertThat(entry.after()).contains("PENDING, attempts reset");
    }

    @Test
    void aSentMessageOrOneBeingSentNowIsNotRetried() {
        long sent = write("ada", NOW);
        DATABASE.inTransaction(entityManager -> {
            entityManager.find(OutboxMessage.class, sent).sent(NOW);
            return null;
        });
        long claimed = write("ada", NOW.minus(Duration.ofMinutes(1)));
        DATABASE.inTransaction(entityManager -> {
            entityManager.find(OutboxMessage.class, claimed).claim("node-a", NOW.plus(Duration.ofMinutes(2)));
            return null;
        });

        assertThatThrownBy(() -> administration(outbox -> outbox.retry(sent)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("was sent already")
                .extracting(failure -> ((DomainException) failure).type()).isEqualTo(ProblemType.NOT_ALLOWED);
        assertThatThrownBy(() -> administration(outbox -> outbox.retry(claimed)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("is being sent at this moment")
                .extracting(failure -> ((DomainException) failure).type()).isEqualTo(ProblemType.CONFLICT);
        assertThatThrownBy(() -> administration(outbox -> outbox.retry(claimed + 1_000_000)))
                .isInstanceOf(OutboxMessageNotFoundException.class);
        assertThat(administration(outbox -> outbox.message(sent)).message().status()).isEqualTo(OutboxStatus.SENT);
    }

    private OutboxFilter recipient(String text) {
        return new OutboxFilter(Optional.empty(), Optional.of(text), Optional.empty());
    }

    private long write(String name, Instant at) {
        return DATABASE.inTransaction(entityManager -> {
            OutboxMessage message = new OutboxMessage(NoticeKind.BOOKING_CONFIRMED, null,
                    new Recipient(null, name + "-" + run + "@example.com", name + " " + run, ZoneId.of("UTC")),
                    "Booked", "Your session is booked.",
                    "<p>Your session is <b>booked</b>.</p><script>alert(1)</script>",
                    Optional.of(new CalendarInvite(IcsMethod.REQUEST, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")),
                    "booking.example", at);
            entityManager.persist(message);
            entityManager.flush();
            return message.id();
        });
    }

    /** Fails the message until the outbox gives it up. */
    private long failed(long id) {
        DATABASE.inTransaction(entityManager -> {
            OutboxMessage message = entityManager.find(OutboxMessage.class, id);
            message.attemptFailed("connection refused", NOW.minus(Duration.ofMinutes(30)), TWO_TRIES);
            message.attemptFailed("421 try later", NOW.minus(Duration.ofMinutes(20)), TWO_TRIES);
            return null;
        });
        return id;
    }

    private static <T> T administration(Function<OutboxAdministration, T> work) {
        return DATABASE.inTransaction(entityManager -> work.apply(new OutboxAdministration(
                new JpaOutboxLogRepository(entityManager), auditedIn(entityManager), CLOCK)));
    }

    private static OutboxAdministration.AuditLog auditedIn(EntityManager entityManager) {
        JpaAdminAuditRepository audit = new JpaAdminAuditRepository(entityManager);
        return (action, subject, before, after) -> audit.add(new AdminAuditEntry(ADMIN, AuditArea.NOTIFICATION,
                action, subject, before, after, NOW));
    }
}
