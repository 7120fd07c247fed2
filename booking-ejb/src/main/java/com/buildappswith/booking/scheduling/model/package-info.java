/**
 * The scheduling domain's model: the entities (session types, weekly hours, availability exceptions, bookings and
 * their events), the values the rules work on, the rules themselves (free slots, the builder's agenda, booking
 * limits, the booking lifecycle) as plain Java that takes values and returns values, and the repository interfaces
 * through which the application loads and stores. No query lives here but the named query an entity declares.
 */
package com.buildappswith.booking.scheduling.model;
