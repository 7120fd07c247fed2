package com.buildappswith.booking.profile.model;

import java.util.Optional;
import java.util.Set;

/**
 * The roles of a signed-in person as they are now, asked on every request of theirs, so that an admin's change of
 * roles or a deactivation takes effect at the person's next request on whichever node it lands.
 */
public interface SignedInRoles {

    /**
     * The roles of the account signed in as {@code principalName} (a normalized email), or empty when it no longer
     * exists or can no longer sign in (deactivated, or its demo sign-in removed).
     */
    Optional<Set<Role>> of(String principalName);
}
