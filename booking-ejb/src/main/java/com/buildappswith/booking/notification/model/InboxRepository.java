package com.buildappswith.booking.notification.model;

import com.buildappswith.booking.shared.Page;

import java.util.List;
import java.util.Optional;

/** One account's in-app notifications in the database, as their recipient reads them. */
public interface InboxRepository {

    /** How many of the recipient's notifications are unread: asked on every page, so one indexed count. */
    long unreadOf(long recipientId);

    /** The recipient's notifications, newest first. */
    Page<Notification> newestOf(long recipientId, int offset, int limit);

    /** The notification if it is the recipient's; someone else's is as absent as one that does not exist. */
    Optional<Notification> ofRecipient(long notificationId, long recipientId);

    /** Every unread notification of the recipient, to be marked read. */
    List<Notification> unreadNotificationsOf(long recipientId);
}
