package com.buildappswith.booking.shared.persistence;

import java.util.Optional;

/** Whether the database can be used, and if not, a reason an operator can act on. */
public record DatabaseStatus(boolean usable, Optional<String> problem) {

    public static DatabaseStatus up() {
        return new DatabaseStatus(true, Optional.empty());
    }

    public static DatabaseStatus down(String problem) {
        return new DatabaseStatus(false, Optional.of(problem));
    }
}
