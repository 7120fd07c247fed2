/**
 * In-container tests of the application services (Arquillian, JUnit 5) on Payara Micro, which Arquillian boots
 * once per test class with a micro-deployment: a WAR of the domains under test and {@code shared}, taken by package
 * ({@link com.buildappswith.booking.container.DomainArchive}), on an embedded H2 file of its own under target/ (never
 * the PostgreSQL database the EAR's tests use, whose rows they would change). Each test seeds its own
 * data with unique emails and names, so tests never depend on order or on each other; a test that needs a caller
 * signs in through {@link com.buildappswith.booking.container.SignIn}. Arquillian boots Micro through
 * {@link com.buildappswith.booking.container.SettledPayaraMicro}, the adapter's container made to find its test
 * servlet when it reads Micro's deployment report too early. Tests needing the whole EAR (the batch job
 * across modules, the browser tests) live in booking-ear and run on Payara Server and WildFly.
 */
package com.buildappswith.booking.container;
