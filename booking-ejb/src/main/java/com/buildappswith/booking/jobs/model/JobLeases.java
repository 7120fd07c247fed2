package com.buildappswith.booking.jobs.model;

import java.time.Instant;

/**
 * The {@code job_lease} rows: one per job, held by at most one holder until a time. Every time here is the
 * database's, never a node's own clock, so nodes whose clocks disagree still agree on when a lease ran out.
 */
public interface JobLeases {

    /** The database's clock now. */
    Instant now();

    /**
     * Takes or renews {@code job}'s lease for {@code holder} until {@code until}, in one UPDATE: only when nobody
     * holds it, its holder's time ran out before {@code now}, or {@code holder} holds it already.
     *
     * @return whether {@code holder} holds it now
     */
    boolean take(JobName job, String holder, Instant now, Instant until);

    /** Gives the lease back if {@code holder} still holds it, so the next tick anywhere may take it at once. */
    void release(JobName job, String holder);
}
