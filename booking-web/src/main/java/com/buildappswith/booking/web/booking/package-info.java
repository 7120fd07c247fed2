/**
 * Booking pages: choosing a builder, a session type and a free slot in one's own timezone, confirming, and the
 * result. The pages share what has been chosen ({@code BookingChoice}) and the links between them
 * ({@code BookingLinks}), hold view state only, and call the scheduling domain's {@code BookingWizard} alone.
 */
package com.buildappswith.booking.web.booking;
