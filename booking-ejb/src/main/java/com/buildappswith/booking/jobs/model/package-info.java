/** The jobs' model: their names, a run as the application records it, and how a run stands. */
package com.buildappswith.booking.jobs.model;
