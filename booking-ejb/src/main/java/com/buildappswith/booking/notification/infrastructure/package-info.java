/** The outbox and notifications in the application's database, mail through Jakarta Mail, invites through ical4j. */
package com.buildappswith.booking.notification.infrastructure;
