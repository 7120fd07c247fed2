/**
 * The {@code reminders} job: reads the reminders due in start order, a page at a time, and writes each through the
 * notification domain at most once, checkpointing the position reached so a restarted run resumes there.
 */
package com.buildappswith.booking.batch.reminders;
