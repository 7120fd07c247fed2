package com.buildappswith.booking.profile.application;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;

/** Registration with an email that already has an account, in any letter case. */
public class EmailTakenException extends DomainException {

    public EmailTakenException() {
        super(ProblemType.CONFLICT, "An account with this email already exists. Sign in instead.");
    }
}
