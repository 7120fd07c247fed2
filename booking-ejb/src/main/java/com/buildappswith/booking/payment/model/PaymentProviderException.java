package com.buildappswith.booking.payment.model;

/**
 * The payment provider refused a request or could not be reached. Its message is safe to log: it never holds a key.
 */
public class PaymentProviderException extends RuntimeException {

    private final boolean temporary;

    public PaymentProviderException(String message, boolean temporary, Throwable cause) {
        super(message, cause);
        this.temporary = temporary;
    }

    /** Whether trying again later may succeed (unreachable, rate-limited, a server error), rather than refused. */
    public boolean isTemporary() {
        return temporary;
    }
}
