package com.buildappswith.booking.notification.application;

import com.buildappswith.booking.notification.model.NoticeKind;
import com.buildappswith.booking.notification.model.Notification;

import java.time.Instant;
import java.util.Optional;

/** One in-app notification as its recipient sees it: what it tells, about which booking, when, and if it was read. */
public record NotificationView(long id, NoticeKind kind, Optional<Long> bookingId, String text, Instant createdAt,
                               Optional<Instant> readAt) {

    static NotificationView of(Notification notification) {
        return new NotificationView(notification.id(), notification.kind(), notification.bookingId(),
                notification.text(), notification.createdAt(), notification.readAt());
    }

    public boolean unread() {
        return readAt.isEmpty();
    }
}
