/**
 * The application's own database: a datasource chosen by environment (PostgreSQL, or an embedded H2 file when no
 * URL is given), the Flyway migrations that own its schema, its health, and the persistence unit the application
 * creates once the schema is current, with the transaction-scoped EntityManager that services inject. Domains reach
 * the database only through JPA; they never see this package.
 */
package com.buildappswith.booking.shared.persistence;
