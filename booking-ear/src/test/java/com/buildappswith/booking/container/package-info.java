/**
 * In-container tests that need the whole application (Arquillian, JUnit 5): archives of the application's own
 * modules deployed next to the EAR on the Payara Server the build started, against the same database (PostgreSQL
 * when BOOKING_DB_URL is set, the embedded H2 otherwise); today the batch job, whose job XML and artifacts span the
 * EJB and batch modules. The services' own in-container tests run on Payara Micro in booking-ejb. Each test seeds
 * its own data with unique names, so tests never depend on order.
 */
package com.buildappswith.booking.container;
