/** The {@code outbox} job: sends the mail the booking changes wrote, through the notification domain's delivery. */
package com.buildappswith.booking.batch.outbox;
