/** The jobs' lease and run history in the application's database. */
package com.buildappswith.booking.jobs.infrastructure;
