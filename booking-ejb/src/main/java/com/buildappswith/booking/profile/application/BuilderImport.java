package com.buildappswith.booking.profile.application;

import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.profile.model.Role;
import com.buildappswith.booking.scheduling.application.SessionTypeCatalog;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.Instant;

/**
 * Creates published builders from an import file. A builder whose email already has an account is left as it is,
 * so importing the same file again changes nothing.
 */
@Stateless
public class BuilderImport {

    @Inject
    private EntityManager entityManager;

    @EJB
    private SessionTypeCatalog catalog;

    @Inject
    private Clock clock;

    /** @return whether the builder was created; false when their email was already taken */
    public boolean importBuilder(ImportedBuilder imported) {
        if (emailTaken(imported.email())) {
            return false;
        }
        Account account = new Account(imported.email(), imported.displayName(), imported.timezone(),
                Instant.now(clock));
        account.grant(Role.BUILDER);
        entityManager.persist(account);
        BuilderProfile profile = new BuilderProfile(account, imported.headline(), imported.bio(),
                imported.expertise(), imported.timezone());
        profile.publish();
        entityManager.persist(profile);
        imported.sessions().forEach(session -> catalog.offer(profile, session));
        imported.weeklyHours().forEach(hours -> catalog.addWeeklyHours(profile, hours));
        return true;
    }

    private boolean emailTaken(String email) {
        return !entityManager.createQuery(
                        "select a.id from Account a where a.emailNormalized = :email", Long.class)
                .setParameter("email", Account.normalize(email))
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
