package com.buildappswith.booking.container;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;

import static org.assertj.core.api.Assertions.assertThat;

/** What a service's role check throws at a caller without the role. */
final class Refused {

    private Refused() {
    }

    /** Containers report a refused role as EJBAccessException or, for local calls, its AccessLocalException. */
    static void byRole(Throwable refusal) {
        assertThat(refusal).isInstanceOfAny(EJBAccessException.class, EJBException.class);
        assertThat(refusal.getClass().getSimpleName()).containsAnyOf("Access");
    }
}
