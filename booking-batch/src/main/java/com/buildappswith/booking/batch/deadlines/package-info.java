/**
 * The {@code deadlines} job's steps: the payment domain's sweep (lapsed holds and their checkouts, owed refunds),
 * the note that free cancellation has ended, completing sessions nobody closed, and deleting the throttles' rows that
 * say nothing any more. Each step works in small transactions of its own and reports its progress, which renews the
 * job's lease.
 */
package com.buildappswith.booking.batch.deadlines;
