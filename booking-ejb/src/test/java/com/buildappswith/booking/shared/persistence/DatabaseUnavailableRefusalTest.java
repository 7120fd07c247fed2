package com.buildappswith.booking.shared.persistence;

import jakarta.interceptor.InvocationContext;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseUnavailableRefusalTest {

    private final DatabaseUnavailableRefusal refusal = new DatabaseUnavailableRefusal();

    /** The call of a bean's method as the container hands it to the interceptor: only proceed() matters. */
    private static InvocationContext calling(Callable<Object> method) {
        return (InvocationContext) Proxy.newProxyInstance(DatabaseUnavailableRefusalTest.class.getClassLoader(),
                new Class<?>[] {InvocationContext.class}, (proxy, invoked, arguments) -> {
                    if (!invoked.getName().equals("proceed")) {
                        throw new UnsupportedOperationException(invoked.getName());
                    }
                    return method.call();
                });
    }

    @Test
    void aDatabaseStillStartingUpIsRefusedAsUnavailableWithItsReason() {
        SQLException startingUp = new SQLException("Cannot connect to BOOKING_DB_URL=jdbc:postgresql://db/booking: "
                + "FATAL: the database system is starting up", "57P03");

        assertThatThrownBy(() -> refusal.refuseWhenUnavailable(calling(() -> {
            throw new PersistenceException(new RuntimeException("Exception [EclipseLink-4002]", startingUp));
        })))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessage(DatabaseUnavailableException.MESSAGE)
                .satisfies(refused -> assertThat(((DatabaseUnavailableException) refused).reason())
                        .endsWith("FATAL: the database system is starting up"));
    }

    @Test
    void otherFailuresPassUnchanged() {
        IllegalStateException bug = new IllegalStateException("a bug");
        PersistenceException taken = new PersistenceException(new SQLException("duplicate key", "23505"));

        assertThatThrownBy(() -> refusal.refuseWhenUnavailable(calling(() -> {
            throw bug;
        }))).isSameAs(bug);
        assertThatThrownBy(() -> refusal.refuseWhenUnavailable(calling(() -> {
            throw taken;
        }))).isSameAs(taken);
    }

    @Test
    void answersPassUnchanged() throws Exception {
        assertThat(refusal.refuseWhenUnavailable(calling(() -> "slots"))).isEqualTo("slots");
    }
}
