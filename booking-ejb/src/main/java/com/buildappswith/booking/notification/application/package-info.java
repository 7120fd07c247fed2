/**
 * The notification domain's use cases: writing the notices of a booking change in its transaction, the recipient's
 * in-app notifications, sending the outbox, and the admin's view of the outbox.
 */
package com.buildappswith.booking.notification.application;
