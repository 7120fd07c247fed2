package com.buildappswith.booking.notification.application;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;

/**
 * No such notification, or someone else's: both answer the same (404), so nobody learns from the answer that
 * another person's notification exists.
 */
public class NotificationNotFoundException extends DomainException {

    public NotificationNotFoundException() {
        super(ProblemType.NOT_FOUND, "There is no such notification.");
    }
}
