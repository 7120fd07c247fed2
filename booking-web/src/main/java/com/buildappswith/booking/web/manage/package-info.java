/**
 * The pages that manage bookings once made: the {@code /booking} entry, the client's dashboard and a booking's
 * own page ({@code /booking/manage}, {@code /booking/manage/{id}}) with cancel and reschedule, and the builder's
 * dashboard ({@code /builder/bookings}); their view beans hold view state only and call
 * {@code BookingManagement}. The wording of terms and of what is not possible now lives here too, shared with the
 * booking page and the API. No rule of cancelling or moving is decided here: the model decides, these pages say it.
 */
package com.buildappswith.booking.web.manage;
