package com.buildappswith.booking.notification.application;

import com.buildappswith.booking.notification.model.InboxRepository;
import com.buildappswith.booking.notification.model.Notification;
import com.buildappswith.booking.shared.Page;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * One recipient's in-app notifications: how many are unread, a page of them newest first, and marking them read.
 * Every use case names the recipient, and only their own notifications are found. Plain Java over the repository:
 * {@link Inbox} in the server, the database test outside it.
 */
public final class RecipientInbox {

    private final InboxRepository notifications;
    private final Clock clock;

    public RecipientInbox(InboxRepository notifications, Clock clock) {
        this.notifications = Objects.requireNonNull(notifications, "A notification repository is required.");
        this.clock = Objects.requireNonNull(clock, "A clock is required.");
    }

    public long unreadCount(long recipientId) {
        return notifications.unreadOf(recipientId);
    }

    public Page<NotificationView> newest(long recipientId, int offset, int limit) {
        return notifications.newestOf(recipientId, Math.max(0, offset), Page.boundedLimit(limit))
                .map(NotificationView::of);
    }

    /**
     * Marks one of the recipient's notifications read (again: it keeps the first time).
     *
     * @throws NotificationNotFoundException when there is none of that id, or it is someone else's
     */
    public NotificationView markRead(long recipientId, long notificationId) {
        Notification notification = notifications.ofRecipient(notificationId, recipientId)
                .orElseThrow(NotificationNotFoundException::new);
        notification.read(clock.instant());
        return NotificationView.of(notification);
    }

    /** Marks every unread notification of the recipient read; how many there were. */
    public int markAllRead(long recipientId) {
        List<Notification> unread = notifications.unreadNotificationsOf(recipientId);
        unread.forEach(notification -> notification.read(clock.instant()));
        return unread.size();
    }
}
