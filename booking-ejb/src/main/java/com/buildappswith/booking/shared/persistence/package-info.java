/**
 * The application's own database: a datasource chosen by environment (PostgreSQL, or an embedded H2 file when no
 * URL is given), the Flyway migrations that own its schema, its health, and the persistence unit the application
 * creates once the schema is current, with the transaction-scoped EntityManager that services inject, and what a
 * refusal of the database means for the person who asked ({@code DatabaseFailure}). Domains reach the database only
 * through JPA; of this package their repositories and the web layer see only those answers.
 */
package com.buildappswith.booking.shared.persistence;
