package com.buildappswith.booking.profile.model;

/** Where a builder profile stands: a client's application waits for an admin; an approved one can be published. */
public enum ProfileStatus {
    APPLIED, APPROVED
}
