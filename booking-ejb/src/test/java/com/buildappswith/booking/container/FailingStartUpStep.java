package com.buildappswith.booking.container;

import com.buildappswith.booking.shared.persistence.DatabaseMigrated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A start-up step that fails for a reason of its own (as a step did on a row it did not expect), in
 * {@link StartUpIT}'s archive only: the node must serve all the same.
 */
@ApplicationScoped
public class FailingStartUpStep {

    void onDatabaseReady(@Observes DatabaseMigrated migrated) {
        throw new IllegalStateException("a start-up step failed on data it did not expect");
    }
}
