/**
 * Jakarta Batch jobs: each subpackage is one job's reader, processor, writer and listeners, an inbound adapter
 * that calls the domains' application services and holds no business rule of its own.
 */
package com.buildappswith.booking.batch;
