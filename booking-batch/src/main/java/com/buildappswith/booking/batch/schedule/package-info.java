/**
 * When the scheduled jobs run and on which node: a timer per job on every node, each tick taking the job's lease
 * before it starts the batch job, and the listeners that keep the application's run history ({@code job_run}) and
 * give the lease back. Also the console's {@link com.buildappswith.booking.jobs.application.JobStarter}. No job's
 * work lives here.
 */
package com.buildappswith.booking.batch.schedule;
