package com.buildappswith.booking.profile.model;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;

/**
 * A registration, or an administrator's change to an account, that breaks a rule. The message says which and is
 * meant for the person; {@link #field()} names the form field it belongs to.
 */
public class InvalidRegistrationException extends DomainException {

    private final String field;

    public InvalidRegistrationException(String field, String message) {
        super(ProblemType.INVALID_INPUT, message);
        this.field = field;
    }

    /** The form field the problem belongs to, so the page can show it beside that field. */
    public String field() {
        return field;
    }
}
