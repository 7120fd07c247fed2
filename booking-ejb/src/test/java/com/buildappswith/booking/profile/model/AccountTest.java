package com.buildappswith.booking.profile.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTest {

    @Test
    void emailIsUniqueRegardlessOfCaseAndSurroundingSpace() {
        assertThat(Account.normalize("  Ada@Example.COM ")).isEqualTo("ada@example.com");
    }

    @Test
    void everyAccountIsAClientAndCanBeGrantedMore() {
        Account account = new Account("ada@example.com", "Ada", ZoneId.of("UTC"), Instant.EPOCH);
        account.grant(Role.BUILDER);

        assertThat(account.roles()).containsExactlyInAnyOrder(Role.CLIENT, Role.BUILDER);
        assertThat(account.isActive()).isTrue();
    }

    @Test
    void anAdminChangesRolesButEveryAccountStaysAClient() {
        Account account = new Account("ada@example.com", "Ada", ZoneId.of("UTC"), Instant.EPOCH);
        account.grant(Role.ADMIN);

        account.changeRoles(Set.of(Role.BUILDER), "admin@example.com");

        assertThat(account.roles()).containsExactlyInAnyOrder(Role.CLIENT, Role.BUILDER);
    }

    @Test
    void changingOneRoleKeepsTheRolesTheAccountHasNow() {
        Account account = new Account("ada@example.com", "Ada", ZoneId.of("UTC"), Instant.EPOCH);
        account.grant(Role.ADMIN);

        account.changeRole(Role.BUILDER, true, "admin@example.com");
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.CLIENT, Role.BUILDER, Role.ADMIN);
        assertThatThrownBy(() -> account.changeRole(Role.ADMIN, false, "ada@example.com"))
                .isInstanceOf(InvalidRegistrationException.class);
        account.changeRole(Role.ADMIN, false, "admin@example.com");
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.CLIENT, Role.BUILDER);
    }

    @Test
    void anAdminCannotTakeTheAdminRoleFromThemselves() {
        Account admin = new Account("Admin@Example.com", "Admin", ZoneId.of("UTC"), Instant.EPOCH);
        admin.grant(Role.ADMIN);

        assertThatThrownBy(() -> admin.changeRoles(Set.of(Role.BUILDER), "admin@example.com"))
                .isInstanceOfSatisfying(InvalidRegistrationException.class,
                        refusal -> assertThat(refusal.field()).isEqualTo("roles"))
                .hasMessage("You cannot take the admin role from yourself.");
        assertThat(admin.roles()).containsExactlyInAnyOrder(Role.CLIENT, Role.ADMIN);
        admin.changeRoles(Set.of(Role.ADMIN, Role.BUILDER), "admin@example.com");
        assertThat(admin.roles()).containsExactlyInAnyOrder(Role.CLIENT, Role.ADMIN, Role.BUILDER);
    }

    @Test
    void anAdminCannotDeactivateThemselvesButCanDeactivateOthers() {
        Account admin = new Account("admin@example.com", "Admin", ZoneId.of("UTC"), Instant.EPOCH);
        Account other = new Account("ada@example.com", "Ada", ZoneId.of("UTC"), Instant.EPOCH);

        assertThatThrownBy(() -> admin.deactivate("admin@example.com"))
                .isInstanceOfSatisfying(InvalidRegistrationException.class,
                        refusal -> assertThat(refusal.field()).isEqualTo("active"));
        other.deactivate("admin@example.com");

        assertThat(admin.isActive()).isTrue();
        assertThat(other.isActive()).isFalse();
        assertThat(other.canSignIn()).isFalse();
    }
}
