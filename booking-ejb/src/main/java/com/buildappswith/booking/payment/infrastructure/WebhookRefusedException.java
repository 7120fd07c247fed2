package com.buildappswith.booking.payment.infrastructure;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;

/**
 * A webhook delivery the application will not act on: unsigned, signed with another secret, too old, not an event,
 * or an event of a kind it handles without a field it needs. It answers 400 and changes nothing; the provider keeps
 * retrying a delivery it thinks failed, which is right for a secret rotated too early and harmless for forgeries.
 * The message says why, never with the secret.
 */
public class WebhookRefusedException extends DomainException {

    public WebhookRefusedException(String reason) {
        super(ProblemType.INVALID_INPUT, reason);
    }
}
