/** The jobs' use cases: the lease, the run history the console reads, and starting a job on an admin's request. */
package com.buildappswith.booking.jobs.application;
