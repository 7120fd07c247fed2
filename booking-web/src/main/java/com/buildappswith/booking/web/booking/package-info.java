/** Booking pages: choosing a session type and a free slot in one's own timezone, confirming, and the result. */
package com.buildappswith.booking.web.booking;
