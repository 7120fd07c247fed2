package com.buildappswith.booking.notification.application;

import com.buildappswith.booking.shared.Page;

import java.time.ZoneId;

/**
 * A page of the caller's notifications, newest first, with how many of all of theirs are unread and the zone their
 * account reads times in (until the browser tells its own).
 */
public record InboxPage(Page<NotificationView> notifications, long unread, ZoneId accountZone) {
}
