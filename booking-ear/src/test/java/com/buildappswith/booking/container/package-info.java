/**
 * In-container tests (Arquillian, JUnit 5): small archives of the application's own classes deployed next to the
 * EAR on the Payara Server the build started, against the same database (PostgreSQL when BOOKING_DB_URL is set,
 * the embedded H2 otherwise). Each test seeds its own data with unique names, so tests never depend on order.
 */
package com.buildappswith.booking.container;
