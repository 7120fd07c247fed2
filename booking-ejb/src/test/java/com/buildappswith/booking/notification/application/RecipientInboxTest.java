package com.buildappswith.booking.notification.application;

import com.buildappswith.booking.notification.infrastructure.JpaInboxRepository;
import com.buildappswith.booking.notification.model.NoticeKind;
import com.buildappswith.booking.notification.model.Notification;
import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.scheduling.application.TestDatabase;
import com.buildappswith.booking.shared.Page;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A recipient's notifications against a real database (PostgreSQL when BOOKING_DB_URL names one, else the embedded
 * H2): the unread count, the list newest first a page at a time, and marking read, never anyone else's.
 */
class RecipientInboxTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private String run;
    private long ada;
    private long bob;

    @BeforeEach
    void seedRecipients() {
        run = UUID.randomUUID().toString().substring(0, 8);
        ada = inTransaction(entityManager -> account(entityManager, "ada"));
        bob = inTransaction(entityManager -> account(entityManager, "bob"));
    }

    @Test
    void theListIsNewestFirstAPageAtATimeWithTheUnreadCount() {
        for (int minute = 0; minute < 5; minute++) {
            notify(ada, "Notice " + minute, NOW.minus(Duration.ofMinutes(60 - minute)));
        }
        notify(bob, "Not Ada's", NOW);

        Page<NotificationView> first = inbox(inbox -> inbox.newest(ada, 0, 2));
        Page<NotificationView> last = inbox(inbox -> inbox.newest(ada, 4, 2));

        assertThat(first.total()).isEqualTo(5);
        assertThat(first.items()).extracting(NotificationView::text).containsExactly("Notice 4", "Notice 3");
        assertThat(last.items()).extracting(NotificationView::text).containsExactly("Notice 0");
        assertThat(first.items()).allMatch(NotificationView::unread);
        assertThat(unread(ada)).isEqualTo(5);
        assertThat(unread(bob)).isEqualTo(1);
    }

    @Test
    void markingOneReadLowersTheCountAndKeepsTheFirstTime() {
        long notice = notify(ada, "Booking confirmed", NOW.minus(Duration.ofMinutes(5)));
        notify(ada, "Another", NOW.minus(Duration.ofMinutes(1)));

        NotificationView read = inbox(inbox -> inbox.markRead(ada, notice));
        NotificationView again = DATABASE.inTransaction(entityManager -> new RecipientInbox(
                new JpaInboxRepository(entityManager), Clock.offset(CLOCK, Duration.ofHours(1))).markRead(ada, notice));

        assertThat(read.readAt()).contains(NOW);
        assertThat(again.readAt()).contains(NOW);
        assertThat(unread(ada)).isEqualTo(1);
    }

    @Test
    void someoneElsesNotificationIsNotFoundAsOneThatDoesNotExistAndStaysUnread() {
        long bobs = notify(bob, "Bob's booking", NOW);

        assertThatThrownBy(() -> inbox(inbox -> inbox.markRead(ada, bobs)))
                .isInstanceOf(NotificationNotFoundException.class)
                .hasMessage("There is no such notification.");
        assertThatThrownBy(() -> inbox(inbox -> inbox.markRead(ada, bobs + 1_000_000)))
                .isInstanceOf(NotificationNotFoundException.class)
                .hasMessage("There is no such notification.");
        assertThat(unread(bob)).isEqualTo(1);
    }

    @Test
    void markingAllReadTouchesOnlyTheRecipientsOwn() {
        notify(ada, "One", NOW.minus(Duration.ofMinutes(3)));
        notify(ada, "Two", NOW.minus(Duration.ofMinutes(2)));
        long alreadyRead = notify(ada, "Three", NOW.minus(Duration.ofMinutes(1)));
        inbox(inbox -> inbox.markRead(ada, alreadyRead));
        notify(bob, "Bob's", NOW);

        assertThat(markAllRead(ada)).isEqualTo(2);
        assertThat(unread(ada)).isZero();
        assertThat(unread(bob)).isEqualTo(1);
        assertThat(markAllRead(ada)).isZero();
    }

    private long notify(long recipient, String text, Instant at) {
        return inTransaction(entityManager -> {
            Notification notification = new Notification(recipient, NoticeKind.BOOKING_CONFIRMED, null, text, at);
            entityManager.persist(notification);
            entityManager.flush();
            return notification.id();
        });
    }

    private long account(EntityManager entityManager, String name) {
        Account account = new Account(name + "-" + run + "@example.com", name + "-" + run, ZoneId.of("Europe/Berlin"),
                NOW);
        entityManager.persist(account);
        entityManager.flush();
        return account.id();
    }

    private static long unread(long recipient) {
        return inbox(inbox -> inbox.unreadCount(recipient));
    }

    private static int markAllRead(long recipient) {
        return inbox(inbox -> inbox.markAllRead(recipient));
    }

    private static <T> T inbox(Function<RecipientInbox, T> work) {
        return inTransaction(entityManager -> work.apply(new RecipientInbox(new JpaInboxRepository(entityManager),
                CLOCK)));
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        return DATABASE.inTransaction(work);
    }
}
