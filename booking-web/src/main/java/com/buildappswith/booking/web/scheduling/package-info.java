/**
 * A builder's own scheduling pages: their session types, their weekly hours and exceptions, and their calendar.
 * View beans here hold view state and call {@code BuilderSchedule} only; the rules live in the scheduling model.
 */
package com.buildappswith.booking.web.scheduling;
