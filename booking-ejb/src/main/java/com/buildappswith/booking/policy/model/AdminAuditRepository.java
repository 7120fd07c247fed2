package com.buildappswith.booking.policy.model;

import com.buildappswith.booking.shared.Page;

/** The admin audit log in the database. */
public interface AdminAuditRepository {

    /** Adds an entry in the caller's transaction. */
    void add(AdminAuditEntry entry);

    /** Entries of one area, newest first. */
    Page<AdminAuditEntry> recent(AuditArea area, int offset, int limit);
}
