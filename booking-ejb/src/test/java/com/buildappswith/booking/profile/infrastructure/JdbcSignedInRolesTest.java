package com.buildappswith.booking.profile.infrastructure;

import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.Role;
import com.buildappswith.booking.scheduling.application.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roles every signed-in request reads with plain SQL, on the schema the migrations make (PostgreSQL when
 * BOOKING_DB_URL names one, else the embedded H2): what an admin changed or took away shows at the next read.
 */
class JdbcSignedInRolesTest {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    @Test
    void readsTheRolesOfAnAccountThatCanSignInWhateverTheCaseOfTheName() throws SQLException {
        String email = signedUp(Set.of(Role.BUILDER));

        assertThat(rolesOf(email.toUpperCase())).contains(Set.of(Role.CLIENT, Role.BUILDER));
    }

    @Test
    void seesARoleTakenAwayAtTheNextRead() throws SQLException {
        String email = signedUp(Set.of(Role.ADMIN));
        DATABASE.inTransaction(entityManager -> {
            byEmail(entityManager, email).changeRoles(Set.of(), "admin@example.com");
            return null;
        });

        assertThat(rolesOf(email)).contains(Set.of(Role.CLIENT));
    }

    @Test
    void knowsNoRolesOfADeactivatedAccountOrOneWithoutAPasswordOrNone() throws SQLException {
        String deactivated = signedUp(Set.of());
        DATABASE.inTransaction(entityManager -> {
            byEmail(entityManager, deactivated).deactivate("admin@example.com");
            return null;
        });
        String withoutPassword = "nopassword-" + UUID.randomUUID() + "@example.com";
        DATABASE.inTransaction(entityManager -> {
            entityManager.persist(new Account(withoutPassword, "No Password", ZoneId.of("UTC"), Instant.now()));
            return null;
        });

        assertThat(rolesOf(deactivated)).isEmpty();
        assertThat(rolesOf(withoutPassword)).isEmpty();
        assertThat(rolesOf("nobody@example.com")).isEmpty();
    }

    private static String signedUp(Set<Role> roles) {
        String email = "person-" + UUID.randomUUID() + "@example.com";
        DATABASE.inTransaction(entityManager -> {
            Account account = new Account(email, "Person", ZoneId.of("UTC"), Instant.now());
            account.useHashedPassword("hash");
            roles.forEach(account::grant);
            entityManager.persist(account);
            return null;
        });
        return email;
    }

    private static Account byEmail(EntityManager entityManager, String email) {
        return entityManager.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalize(email)).getSingleResult();
    }

    private static Optional<Set<Role>> rolesOf(String principalName) throws SQLException {
        try (Connection connection = DATABASE.connection()) {
            return JdbcSignedInRoles.read(connection, principalName);
        }
    }
}
