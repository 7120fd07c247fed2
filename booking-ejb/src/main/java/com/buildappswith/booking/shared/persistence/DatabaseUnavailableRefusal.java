package com.buildappswith.booking.shared.persistence;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/**
 * Every enterprise bean of this module (bound to all of them in ejb-jar.xml) refuses with a
 * {@link DatabaseUnavailableException} when the database is out of reach, instead of letting the persistence
 * provider's exception out. That one is a system exception, which both servers log with its whole stack trace (a few
 * hundred lines) at every call during an outage; an application exception is handed to the caller as it is, and still
 * rolls the transaction back. The caller answers 503 and counts it in {@link RefusalLog}.
 */
public class DatabaseUnavailableRefusal {

    @AroundInvoke
    public Object refuseWhenUnavailable(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (RuntimeException e) {
            if (e instanceof DatabaseUnavailableException) {
                throw e;
            }
            throw DatabaseUnavailableException.behind(e).orElseThrow(() -> e);
        }
    }
}
