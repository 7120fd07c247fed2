package com.buildappswith.booking.web.security;

import com.buildappswith.booking.shared.persistence.DatabaseFailure;
import com.buildappswith.booking.shared.persistence.DatabaseUnavailableException;
import com.buildappswith.booking.shared.persistence.RefusalLog;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Why authentication reached no verdict because of the database: gone ({@code outage} says why, for the log), or
 * too busy to grant the throttle's or the account's row lock in time. Either is a 503 with {@code message}; thrown
 * from the authentication mechanism, it would reach the client as the container's bare 500.
 */
record DatabaseRefusal(String message, Optional<String> outage) {

    private static final Logger LOG = Logger.getLogger(DatabaseRefusal.class.getName());

    /** The refusal behind {@code failure}, or empty when it is not the database's doing. */
    static Optional<DatabaseRefusal> of(RuntimeException failure) {
        Optional<DatabaseUnavailableException> unavailable = DatabaseUnavailableException.behind(failure);
        if (unavailable.isPresent()) {
            return Optional.of(new DatabaseRefusal(unavailable.get().getMessage(),
                    Optional.of(unavailable.get().reason())));
        }
        return DatabaseFailure.of(failure)
                .filter(kind -> kind == DatabaseFailure.BUSY)
                .map(busy -> new DatabaseRefusal(busy.message(), Optional.empty()));
    }

    /** An outage is counted with the others (a line now and then); a busy database is for an operator to look at. */
    void log() {
        outage.ifPresentOrElse(RefusalLog.DATABASE::refused,
                () -> LOG.warning("A sign-in was refused: the database did not grant a lock in time."));
    }
}
