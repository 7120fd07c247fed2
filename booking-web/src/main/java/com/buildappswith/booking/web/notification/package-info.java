/**
 * The signed-in person's in-app notifications: the bell in the header of every page and the {@code /notifications}
 * list. View state only; the notification domain's {@code Inbox} decides whose notifications are read.
 */
package com.buildappswith.booking.web.notification;
