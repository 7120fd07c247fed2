package com.buildappswith.booking.notification.infrastructure;

import com.buildappswith.booking.notification.model.CalendarInvite;
import com.buildappswith.booking.notification.model.IcsMethod;
import com.buildappswith.booking.notification.model.NoticeKind;
import com.buildappswith.booking.notification.model.Notification;
import com.buildappswith.booking.notification.model.OutboxMessage;
import com.buildappswith.booking.notification.model.Recipient;
import com.buildappswith.booking.scheduling.application.Seeds;
import com.buildappswith.booking.scheduling.application.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notifications and messages as the repository adds them, against a real database (PostgreSQL when BOOKING_DB_URL
 * names one, where a few go in one statement and more are copied in a table at a time by COPY, in its text format
 * with its escapes; else the embedded H2, where the entities are persisted): each row is what persisting its entity
 * writes, and the ids never meet those EclipseLink hands out.
 */
class JpaNoticeRepositoryTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** With microseconds, as the application's clock gives them. */
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00.123456Z");

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private long account(String name) {
        return DATABASE.inTransaction(entityManager -> {
            var account = Seeds.client(entityManager, name + "-" + UUID.randomUUID() + "@example.com", BERLIN);
            entityManager.flush();
            return account.id();
        });
    }

    private static OutboxMessage message(long recipientId, String subject, Optional<CalendarInvite> invite) {
        return new OutboxMessage(NoticeKind.BOOKING_CONFIRMED, null, new Recipient(recipientId, "ada@example.com",
                "Ada \"A\" O'Neil", BERLIN), subject, "Hello Ada,\n\nback\\slash {braces}, \"quotes\", é, 😀\n"
                        + "\ttabbed, \\N not null, \\t not a tab, windows\r\n",
                "<p class=\"x\">Hello &amp; {NULL}</p>", invite, "booking.example.com", NOW);
    }

    /** Every column but the id and the Message-ID (each its own), for comparing a row with another. */
    private static List<String> messageRow(String messageId) {
        Object[] row = DATABASE.inTransaction(entityManager -> (Object[]) entityManager.createNativeQuery("""
                        SELECT kind, booking_id, recipient_id, recipient_email, recipient_name, subject, text_body,
                               html_body, ics, ics_method, status, attempts, next_attempt_at, last_error,
                               claimed_by, claimed_until, created_at, sent_at, version
                        FROM outbox_message WHERE message_id = ?1""")
                .setParameter(1, messageId)
                .getSingleResult());
        return Arrays.stream(row).map(String::valueOf).toList();
    }

    private static List<String> notificationRow(long id) {
        Object[] row = DATABASE.inTransaction(entityManager -> (Object[]) entityManager.createNativeQuery("""
                        SELECT recipient_id, kind, booking_id, text, created_at, read_at FROM notification
                        WHERE id = ?1""")
                .setParameter(1, id)
                .getSingleResult());
        return Arrays.stream(row).map(String::valueOf).toList();
    }

    /**
     * Rows added alone and with so many others that they are copied: a booking's few notices go in one statement,
     * a job's chunk by COPY, and either way a row is what persisting its entity writes.
     */
    private static final List<Integer> OTHER_ROWS = List.of(0, 1, JpaNoticeRepository.ONE_STATEMENT_ROWS);

    @Test
    void anAddedMessageIsTheRowItsPersistedEntityIs() {
        long recipient = account("ada");
        for (int others : OTHER_ROWS) {
            for (Optional<CalendarInvite> invite : List.of(Optional.<CalendarInvite>empty(),
                    Optional.of(new CalendarInvite(IcsMethod.REQUEST, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")))) {
                OutboxMessage persisted = message(recipient, "Confirmed: a session", invite);
                OutboxMessage added = message(recipient, "Confirmed: a session", invite);
                List<Notification> notifications = IntStream.range(0, others).mapToObj(i -> new Notification(
                        recipient, NoticeKind.BOOKING_CONFIRMED, null, "Other " + i, NOW)).toList();

                DATABASE.inTransaction(entityManager -> {
                    entityManager.persist(persisted);
                    new JpaNoticeRepository(entityManager).add(notifications, List.of(added));
                    return null;
                });

                assertThat(messageRow(added.messageId())).as("beside %d other rows", others)
                        .isEqualTo(messageRow(persisted.messageId()));
            }
        }
    }

    @Test
    void anAddedNotificationIsTheRowItsPersistedEntityIs() {
        long recipient = account("bob");
        for (int others : OTHER_ROWS) {
            Notification persisted = new Notification(recipient, NoticeKind.REMINDER_LATE, null,
                    "Soon: \"it\", {x}\t\\N é 😀", NOW);
            List<OutboxMessage> messages = IntStream.range(0, others)
                    .mapToObj(i -> message(recipient, "Other " + i, Optional.empty())).toList();

            long persistedId = DATABASE.inTransaction(entityManager -> {
                entityManager.persist(persisted);
                entityManager.flush();
                return persisted.id();
            });
            DATABASE.inTransaction(entityManager -> {
                new JpaNoticeRepository(entityManager).add(List.of(new Notification(recipient,
                        NoticeKind.REMINDER_LATE, null, "Soon: \"it\", {x}\t\\N é 😀", NOW)), messages);
                return null;
            });
            long addedId = DATABASE.inTransaction(entityManager -> ((Number) entityManager.createNativeQuery(
                            "SELECT MAX(id) FROM notification WHERE recipient_id = ?1")
                    .setParameter(1, recipient)
                    .getSingleResult()).longValue());

            assertThat(addedId).isNotEqualTo(persistedId);
            assertThat(notificationRow(addedId)).as("beside %d other rows", others)
                    .isEqualTo(notificationRow(persistedId));
        }
    }

    @Test
    void addedRowsAndPersistedEntitiesTakeIdsThatNeverMeet() {
        long recipient = account("cy");
        for (int round = 0; round < 3; round++) {
            int rows = 120 + round;
            DATABASE.inTransaction(entityManager -> {
                new JpaNoticeRepository(entityManager).add(
                        IntStream.range(0, rows).mapToObj(i -> new Notification(recipient, NoticeKind.REMINDER_EARLY,
                                null, "Notice " + i, NOW)).toList(),
                        IntStream.range(0, rows).mapToObj(i -> message(recipient, "Notice " + i, Optional.empty()))
                                .toList());
                Notification notification = new Notification(recipient, NoticeKind.REMINDER_EARLY, null, "JPA", NOW);
                OutboxMessage message = message(recipient, "JPA", Optional.empty());
                entityManager.persist(notification);
                entityManager.persist(message);
                return null;
            });
        }

        List<?> notifications = DATABASE.inTransaction(entityManager -> entityManager.createNativeQuery(
                "SELECT id FROM notification WHERE recipient_id = ?1").setParameter(1, recipient).getResultList());
        List<?> messages = DATABASE.inTransaction(entityManager -> entityManager.createNativeQuery(
                "SELECT id FROM outbox_message WHERE recipient_id = ?1").setParameter(1, recipient).getResultList());
        assertThat(notifications).hasSize(3 * 121 + 3).doesNotHaveDuplicates()
                .allMatch(id -> ((Number) id).longValue() > 0);
        assertThat(messages).hasSize(3 * 121 + 3).doesNotHaveDuplicates()
                .allMatch(id -> ((Number) id).longValue() > 0);
    }
}
