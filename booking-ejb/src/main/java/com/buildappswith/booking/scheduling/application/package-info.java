/**
 * The scheduling domain's use cases, each a stateless EJB facade that is the transaction boundary of one view:
 * {@code BookingWizard} for people booking, {@code OwnSessionTypes}, {@code AvailabilityEditor} and
 * {@code BuilderCalendar} for a builder's own schedule, {@code SessionTypeCatalog} for what builders offer; and the
 * read models they answer with. A facade loads through the model's repositories, calls the model, stores and logs;
 * the booking transaction itself is plain Java ({@code SlotBooker}), and so are the changes of session types that it
 * waits for ({@code SessionTypeChanges}), so they run outside the server too. No query
 * and no wording for pages lives here.
 */
package com.buildappswith.booking.scheduling.application;
