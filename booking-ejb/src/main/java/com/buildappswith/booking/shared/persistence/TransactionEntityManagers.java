package com.buildappswith.booking.shared.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.SynchronizationType;
import jakarta.persistence.TransactionRequiredException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * The {@link EntityManager} that services inject: one persistence context per JTA transaction, shared by every bean
 * taking part in it and closed when it ends, as the container's {@code @PersistenceContext} would be. Using it
 * outside a transaction fails with {@link TransactionRequiredException}.
 * <p>
 * The transaction's entity manager is kept as a resource of the transaction in the server's
 * {@link TransactionSynchronizationRegistry}, a map lookup per call. A {@code @TransactionScoped} producer did the same
 * job, but Narayana's transaction context resolves its beans through the bean manager on every call to the proxy,
 * and a booking makes dozens of them: under load that resolution alone took 4% of the booking API's server time.
 */
@ApplicationScoped
public class TransactionEntityManagers {

    /** The key of this unit's entity manager among the transaction's resources. */
    private static final Object KEY = TransactionEntityManagers.class.getName() + ".entityManager";

    @Inject
    private BookingPersistenceUnit unit;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private EntityManager ofCurrentTransaction;

    @PostConstruct
    void createFace() {
        ofCurrentTransaction = (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class, Serializable.class}, this::invoke);
    }

    /**
     * One object for every injection point: each call finds the entity manager of the calling thread's transaction.
     * Dependent, so no container proxy stands in front of it; Serializable only for CDI's check of passivating beans
     * (it holds nothing of a transaction, and no transaction is ever passivated).
     */
    @Produces
    EntityManager entityManager() {
        return ofCurrentTransaction;
    }

    private Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == arguments[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "EntityManager of the current transaction";
            };
        }
        try {
            return method.invoke(current(), arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private EntityManager current() {
        if (!inTransaction()) {
            throw new TransactionRequiredException("The booking database is used only inside a transaction.");
        }
        EntityManager entityManager = (EntityManager) transactions.getResource(KEY);
        if (entityManager == null) {
            entityManager = unit.factory().createEntityManager(SynchronizationType.SYNCHRONIZED);
            entityManager.joinTransaction();
            transactions.registerInterposedSynchronization(closing(entityManager));
            transactions.putResource(KEY, entityManager);
        }
        return entityManager;
    }

    private boolean inTransaction() {
        int status = transactions.getTransactionStatus();
        return status == Status.STATUS_ACTIVE || status == Status.STATUS_MARKED_ROLLBACK;
    }

    private static Synchronization closing(EntityManager entityManager) {
        return new Synchronization() {
            @Override
            public void beforeCompletion() {
                // EclipseLink writes the changes in its own synchronization, which joinTransaction registered.
            }

            @Override
            public void afterCompletion(int status) {
                entityManager.close();
            }
        };
    }
}
