package com.buildappswith.booking.shared.persistence;

import org.eclipse.persistence.logging.JavaLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * EclipseLink's log (through java.util.logging, as before) without the failures of a database out of reach: EclipseLink
 * logs every failed statement with its stack trace where it is thrown, which during an outage is one for every
 * request. Those reach the caller all the same, which answers 503 and counts them in {@link RefusalLog}; every other
 * failure is logged as EclipseLink logs it.
 */
public class LostConnectionsUncountedLog extends JavaLog {

    @Override
    public void log(SessionLogEntry entry) {
        if (entry.hasException() && DatabaseUnavailableException.behind(entry.getException()).isPresent()) {
            return;
        }
        super.log(entry);
    }
}
