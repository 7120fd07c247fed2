/**
 * The notification domain: what the parties of a booking are told, in the app and by email. Every booking change
 * someone must hear about writes its {@code Notification}s and {@code OutboxMessage}s in the change's own
 * transaction (it observes the scheduling domain's {@code BookingChanged} and the payment domain's refund events
 * synchronously), so a change that rolls back tells nobody; the outbox job sends the mail later, so SMTP being down
 * loses nothing. The reminders and the end of free cancellation are noticed once per booking, kind and start time
 * ({@code booking_notice}).
 */
package com.buildappswith.booking.notification;
