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

    @Test
    void anAccountSomeoneRegisteredIsMadeTheConfiguredAdminOnlyWhenTheOperatorConfirmsIt() {
        Account registered = registered("admin@example.com");

        assertThat(registered.promoteToConfiguredAdmin(false)).isEqualTo(AdminPromotion.NEEDS_CONFIRMATION);
        assertThat(registered.roles()).containsExactly(Role.CLIENT);
        assertThat(registered.promoteToConfiguredAdmin(true)).isEqualTo(AdminPromotion.PROMOTED);
        assertThat(registered.roles()).containsExactlyInAnyOrder(Role.CLIENT, Role.ADMIN);
        assertThat(registered.passwordHash()).hasValue("own hash");
    }

    @Test
    void theConfiguredAdminTheStartUpMadeIsAnAdminAgainAtTheNextStartButNeverReactivated() {
        Account own = provisioned("admin@example.com", ProvisionedBy.ADMIN_SETTING);
        own.grant(Role.ADMIN);

        assertThat(own.promoteToConfiguredAdmin(false)).isEqualTo(AdminPromotion.ALREADY_ADMIN);
        own.changeRoles(Set.of(), "other-admin@example.com");
        assertThat(own.promoteToConfiguredAdmin(false)).isEqualTo(AdminPromotion.PROMOTED);
        assertThat(own.has(Role.ADMIN)).isTrue();
        own.deactivate("other-admin@example.com");
        assertThat(own.promoteToConfiguredAdmin(true)).isEqualTo(AdminPromotion.DEACTIVATED);
        assertThat(own.isActive()).isFalse();
    }

    @Test
    void aDemoAccountIsNotTheConfiguredAdminsToPromote() {
        Account demo = provisioned("admin@demo.example.com", ProvisionedBy.DEMO_DATA);

        assertThat(demo.promoteToConfiguredAdmin(false)).isEqualTo(AdminPromotion.NEEDS_CONFIRMATION);
        assertThat(demo.has(Role.ADMIN)).isFalse();
    }

    @Test
    void theDemoSignInIsRemovedWhileDemoDataIsOffAndComesBackWithItsRolesUntouched() {
        Account demo = provisioned("client@demo.example.com", ProvisionedBy.DEMO_DATA);
        demo.grant(Role.ADMIN);

        assertThat(demo.withdrawDemoSignIn()).isTrue();
        assertThat(demo.canSignIn()).isFalse();
        assertThat(demo.withdrawDemoSignIn()).as("nothing left to remove").isFalse();
        assertThat(demo.takeDemoSignIn(() -> "demo hash")).isEqualTo(DemoSignIn.OPENS);
        assertThat(demo.passwordHash()).hasValue("demo hash");
        assertThat(demo.canSignIn()).isTrue();
        assertThat(demo.roles()).containsExactlyInAnyOrder(Role.CLIENT, Role.ADMIN);
    }

    @Test
    void aDemoAccountAnAdminDeactivatedStaysDeactivated() {
        Account demo = provisioned("client@demo.example.com", ProvisionedBy.DEMO_DATA);
        demo.deactivate("admin@example.com");

        assertThat(demo.takeDemoSignIn(() -> "demo hash")).isEqualTo(DemoSignIn.DEACTIVATED);
        assertThat(demo.isActive()).isFalse();
        assertThat(demo.withdrawDemoSignIn()).isTrue();
        demo.reactivate();
        assertThat(demo.canSignIn()).as("reactivated while demo data is off").isFalse();
    }

    @Test
    void anImportedBuilderWithoutAPasswordBecomesADemoSignInButNoOneElsesAccountDoes() {
        Account imported = new Account("ada@demo.example.com", "Ada", ZoneId.of("UTC"), Instant.EPOCH);
        Account registered = registered("ada@demo.example.com");
        Account configuredAdmin = provisioned("ada@demo.example.com", ProvisionedBy.ADMIN_SETTING);

        assertThat(imported.takeDemoSignIn(() -> "demo hash")).isEqualTo(DemoSignIn.OPENS);
        assertThat(imported.provisionedBy()).hasValue(ProvisionedBy.DEMO_DATA);
        assertThat(registered.takeDemoSignIn(() -> "demo hash")).isEqualTo(DemoSignIn.NOT_THE_DEMOS);
        assertThat(registered.passwordHash()).hasValue("own hash");
        assertThat(registered.withdrawDemoSignIn()).isFalse();
        assertThat(configuredAdmin.takeDemoSignIn(() -> "demo hash")).isEqualTo(DemoSignIn.NOT_THE_DEMOS);
        assertThat(configuredAdmin.withdrawDemoSignIn()).isFalse();
        assertThat(configuredAdmin.canSignIn()).isTrue();
    }

    private static Account registered(String email) {
        return Registration.of(email, "Someone", ZoneId.of("UTC"), "a long enough password")
                .open("own hash", Instant.EPOCH);
    }

    private static Account provisioned(String email, ProvisionedBy step) {
        return Registration.of(email, "Start-up", ZoneId.of("UTC"), "a long enough password")
                .provision("start-up hash", Instant.EPOCH, step);
    }
}
