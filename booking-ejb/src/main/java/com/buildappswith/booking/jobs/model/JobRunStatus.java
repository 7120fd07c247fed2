package com.buildappswith.booking.jobs.model;

/** How a job run stands. */
public enum JobRunStatus {
    RUNNING,
    COMPLETED,
    FAILED,
    /** Its node stopped beating while it ran (killed, say): it can be restarted. */
    ABANDONED
}
