/**
 * A builder's own scheduling pages: their session types, their weekly hours and exceptions, and their calendar.
 * View beans here hold view state and call the scheduling facades for a builder's own schedule
 * ({@code OwnSessionTypes}, {@code AvailabilityEditor}, {@code BuilderCalendar}), and the session types page reads
 * the published cancellation policies a type may be given ({@code Policies}); the view models word and format
 * what those answer with, and the rules live in the scheduling model.
 */
package com.buildappswith.booking.web.scheduling;
