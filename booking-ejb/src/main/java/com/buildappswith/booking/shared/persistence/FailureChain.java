package com.buildappswith.booking.shared.persistence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A failure and what lies behind it, outermost first: its causes, and the exceptions suppressed along the way. A
 * transaction manager whose commit failed (the database gone at that moment) throws a RollbackException that names
 * the database's failure only as a suppressed exception, not as its cause.
 */
final class FailureChain {

    private FailureChain() {
    }

    static List<Throwable> of(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        add(failure, chain, Collections.newSetFromMap(new IdentityHashMap<>()));
        return chain;
    }

    private static void add(Throwable failure, List<Throwable> chain, Set<Throwable> seen) {
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            chain.add(cause);
            for (Throwable suppressed : cause.getSuppressed()) {
                add(suppressed, chain, seen);
            }
        }
    }
}
