/**
 * What can be booked and when: session types, a builder's weekly availability, and (as it grows) bookings and the
 * slot rules. Reaches profiles only by builder id.
 */
package com.buildappswith.booking.scheduling;
