package com.buildappswith.booking.container;

import com.buildappswith.booking.profile.application.AccountService;
import com.buildappswith.booking.profile.application.AccountView;
import com.buildappswith.booking.profile.application.BuilderProfiles;
import com.buildappswith.booking.profile.application.EmailTakenException;
import com.buildappswith.booking.profile.application.PasswordHashing;
import com.buildappswith.booking.profile.application.SignInCandidate;
import com.buildappswith.booking.profile.infrastructure.AccountIdentityStore;
import com.buildappswith.booking.profile.model.InvalidRegistrationException;
import com.buildappswith.booking.profile.model.ProfileDetails;
import com.buildappswith.booking.profile.model.ProfileStatus;
import com.buildappswith.booking.profile.model.Role;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Accounts as the identity store sees them, and the services' role checks, on Payara Micro with profile alone. */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    private static final String PASSWORD = "a sufficiently long password";

    @Deployment
    static WebArchive deployment() {
        return DomainArchive.of("accounts-it", "profile")
                .addClasses(AccountsIT.class, Refused.class);
    }

    @Inject
    private AccountService accounts;

    @Inject
    private BuilderProfiles profiles;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private AccountIdentityStore identityStore;

    @Test
    void registeredAccountIsAClientWhosePasswordIsStoredOnlyAsAHash() {
        String email = "Client-" + UUID.randomUUID() + "@Example.com";

        AccountView account = accounts.register(email, "New client", ZoneId.of("Asia/Kolkata"), PASSWORD);

        assertThat(account.roles()).containsExactly(Role.CLIENT);
        SignInCandidate candidate = accounts.signInCandidate(email.toLowerCase()).orElseThrow();
        assertThat(candidate.principalName()).isEqualTo(email.toLowerCase());
        assertThat(candidate.passwordHash()).doesNotContain(PASSWORD).startsWith("PBKDF2WithHmacSHA512:210000:");
        assertThat(passwords.verify(PASSWORD, candidate.passwordHash())).isTrue();
        assertThat(passwords.verify("not the password", candidate.passwordHash())).isFalse();
    }

    @Test
    void identityStoreAcceptsTheRightPasswordWithTheAccountsRolesAndNothingElse() {
        String email = "store-" + UUID.randomUUID() + "@example.com";
        accounts.register(email, "Store user", ZoneId.of("UTC"), PASSWORD);

        CredentialValidationResult valid = identityStore.validate(
                new UsernamePasswordCredential(email.toUpperCase(), PASSWORD));
        assertThat(valid.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(valid.getCallerPrincipal().getName()).isEqualTo(email);
        assertThat(valid.getCallerGroups()).containsExactly("CLIENT");

        assertThat(identityStore.validate(new UsernamePasswordCredential(email, "wrong password!!")).getStatus())
                .isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(identityStore.validate(new UsernamePasswordCredential("nobody-" + email, PASSWORD)).getStatus())
                .isEqualTo(CredentialValidationResult.Status.INVALID);
    }

    @Test
    void emailIsUniqueRegardlessOfCase() {
        String email = "twice-" + UUID.randomUUID() + "@example.com";
        accounts.register(email, "First", ZoneId.of("UTC"), PASSWORD);

        assertThatThrownBy(() -> accounts.register(email.toUpperCase(), "Second", ZoneId.of("UTC"), PASSWORD))
                .isInstanceOf(EmailTakenException.class);
    }

    @Test
    void weakPasswordsAndBadEmailsAreRefusedAndNothingIsWritten() {
        String email = "weak-" + UUID.randomUUID() + "@example.com";

        assertThatThrownBy(() -> accounts.register(email, "Weak", ZoneId.of("UTC"), "short"))
                .isInstanceOf(InvalidRegistrationException.class)
                .hasMessage("Use at least 10 characters.");
        assertThatThrownBy(() -> accounts.register("not an email", "Weak", ZoneId.of("UTC"), PASSWORD))
                .isInstanceOf(InvalidRegistrationException.class);
        assertThat(accounts.signInCandidate(email)).isEmpty();
    }

    @Test
    void anonymousCallersCannotUseRoleProtectedServices() {
        assertThatThrownBy(() -> accounts.search("", 0, 10)).satisfies(Refused::byRole);
        assertThatThrownBy(() -> accounts.changeRole(1, Role.ADMIN, true)).satisfies(Refused::byRole);
        assertThatThrownBy(() -> profiles.byStatus(ProfileStatus.APPLIED)).satisfies(Refused::byRole);
        assertThatThrownBy(() -> profiles.apply(new ProfileDetails("Anon", "Headline", "", List.of(),
                ZoneId.of("UTC"), Optional.empty()))).satisfies(Refused::byRole);
    }
}
