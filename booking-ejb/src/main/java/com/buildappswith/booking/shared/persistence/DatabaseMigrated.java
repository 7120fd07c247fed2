package com.buildappswith.booking.shared.persistence;

/** Fired once the schema is current, so that work needing the database (demo data, jobs) can begin. */
public record DatabaseMigrated() {
}
