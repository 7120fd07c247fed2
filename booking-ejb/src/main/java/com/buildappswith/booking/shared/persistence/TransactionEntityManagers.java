package com.buildappswith.booking.shared.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.SynchronizationType;
import jakarta.transaction.TransactionScoped;

import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * The {@link EntityManager} that services inject: one persistence context per JTA transaction, shared by every bean
 * taking part in it and closed when it ends, as the container's {@code @PersistenceContext} would be. Using it
 * outside a transaction fails (the transaction scope is not active).
 */
@ApplicationScoped
public class TransactionEntityManagers {

    @Inject
    private BookingPersistenceUnit unit;

    @Produces
    @TransactionScoped
    EntityManager joinTransaction() {
        EntityManager entityManager = unit.factory().createEntityManager(SynchronizationType.SYNCHRONIZED);
        entityManager.joinTransaction();
        return passivationCapable(entityManager);
    }

    void close(@Disposes EntityManager entityManager) {
        entityManager.close();
    }

    /**
     * The transaction scope is a passivating scope, so CDI refuses a product that is not Serializable, and
     * EclipseLink's EntityManager is not. A transaction is never passivated: a Serializable face over it suffices.
     */
    private static EntityManager passivationCapable(EntityManager entityManager) {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class, Serializable.class},
                (proxy, method, arguments) -> {
                    try {
                        return method.invoke(entityManager, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
