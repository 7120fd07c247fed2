package com.buildappswith.booking.profile.application;

import jakarta.ejb.ApplicationException;

/** Registration with an email that already has an account, in any letter case. */
@ApplicationException(rollback = true)
public class EmailTakenException extends RuntimeException {

    public EmailTakenException() {
        super("An account with this email already exists. Sign in instead.");
    }
}
