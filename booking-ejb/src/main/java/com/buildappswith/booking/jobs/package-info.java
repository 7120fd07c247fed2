/**
 * The scheduled jobs' bookkeeping, shared by every node: the lease that lets one node at a time run a job
 * ({@code job_lease}, taken by one UPDATE, so it holds across Payara and WildFly alike) and the application's own
 * history of runs ({@code job_run}) that the admin console shows. The jobs themselves (Jakarta Batch XML and
 * artifacts, and the timers that start them) are in the booking-batch module, which implements
 * {@code jobs.application.JobStarter} for the console.
 */
package com.buildappswith.booking.jobs;
