package com.buildappswith.booking.jobs.model;

import java.util.Locale;

/** The scheduled jobs. The names are stored (job_lease, job_run); the batch job's XML is {@link #jobXml()}. */
public enum JobName {
    /** Reminders before each session, to both parties. */
    REMINDERS,
    /** Expires lapsed holds, notes the end of free cancellation, completes past sessions, retries owed refunds. */
    DEADLINES,
    /** Sends the outbox's pending mail. */
    OUTBOX;

    /** The Jakarta Batch job name, the file {@code META-INF/batch-jobs/<name>.xml} in booking-batch. */
    public String jobXml() {
        return name().toLowerCase(Locale.ROOT);
    }
}
