/**
 * The application's own database: a datasource chosen by environment (PostgreSQL, or an embedded H2 file when no
 * URL is given), the Flyway migrations that own its schema, and its health. Domains reach the database only
 * through JPA; they never see this package.
 */
package com.buildappswith.booking.shared.persistence;
