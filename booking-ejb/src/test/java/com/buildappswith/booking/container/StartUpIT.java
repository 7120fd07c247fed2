package com.buildappswith.booking.container;

import com.buildappswith.booking.profile.application.AccountBootstrap;
import com.buildappswith.booking.profile.application.AccountService;
import com.buildappswith.booking.profile.application.DemoAccounts;
import com.buildappswith.booking.profile.infrastructure.AccountIdentityStore;
import com.buildappswith.booking.profile.model.Role;
import com.buildappswith.booking.shared.Settings;
import com.buildappswith.booking.shared.StartUpProblems;
import com.buildappswith.booking.shared.persistence.DatabaseHealth;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.ZoneId;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The start-up's account steps as a restart runs them, each time with the settings an operator would give
 * (the same steps ran when Micro started, with its own): the configured administrator, the demo sign-ins, and a
 * node that serves even when a step fails.
 */
@ExtendWith(ArquillianExtension.class)
class StartUpIT {

    private static final String OWN_PASSWORD = "my very own password";
    private static final String OPERATOR_PASSWORD = "the operator's password";

    @Deployment
    static WebArchive deployment() {
        return DomainArchive.of("start-up-it", "profile")
                .addClasses(StartUpIT.class, FailingStartUpStep.class)
                .addClasses(SignIn.CLASSES);
    }

    @Inject
    private AccountBootstrap bootstrap;

    @Inject
    private AccountService accounts;

    @Inject
    private AccountIdentityStore identityStore;

    @Inject
    private DatabaseHealth databaseHealth;

    @Inject
    private StartUpProblems problems;

    @Inject
    private SignIn signIn;

    @Test
    void aStartUpStepThatFailsLeavesTheNodeServing() {
        assertThat(databaseHealth.check().usable()).as("health after a failed start-up step").isTrue();
    }

    @Test
    void theDemoPasswordOpensTheDemoAccountsOnlyWhileDemoDataIsOn() {
        bootstrap.bootstrap(settings("booking.demo.data", "true"));
        assertThat(signsIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD)).isTrue();
        assertThat(signsIn(DemoAccounts.CLIENT, DemoAccounts.PASSWORD)).isTrue();

        bootstrap.bootstrap(settings("booking.demo.data", "false"));
        assertThat(signsIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD)).as("demo admin, demo data off").isFalse();
        assertThat(signsIn(DemoAccounts.CLIENT, DemoAccounts.PASSWORD)).as("demo client, demo data off").isFalse();
        assertThat(accounts.signedInRoles(DemoAccounts.ADMIN)).as("an open session of the demo admin").isEmpty();

        bootstrap.bootstrap(settings("booking.demo.data", "true"));
        assertThat(signsIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD)).as("demo data on again").isTrue();
        assertThat(accounts.signedInRoles(DemoAccounts.ADMIN)).hasValue(Set.of(Role.CLIENT, Role.ADMIN));
    }

    @Test
    void aDemoAccountAnAdminDeactivatedStaysDeactivatedAtTheNextStartWhichGoesOn() throws Exception {
        bootstrap.bootstrap(settings("booking.demo.data", "true"));
        signIn.as(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        long client = accounts.search(DemoAccounts.CLIENT, 0, 1).items().get(0).id();
        accounts.deactivate(client);
        try {
            assertThatCode(() -> bootstrap.bootstrap(settings("booking.demo.data", "true")))
                    .doesNotThrowAnyException();

            assertThat(signsIn(DemoAccounts.CLIENT, DemoAccounts.PASSWORD)).as("the deactivated demo client").isFalse();
            assertThat(signsIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD)).isTrue();
            assertThat(problems.current()).noneSatisfy(problem -> assertThat(problem).contains(DemoAccounts.ADMIN));
        } finally {
            accounts.reactivate(client);
        }
    }

    @Test
    void anAccountSomeoneRegisteredBecomesTheConfiguredAdminOnlyOnceTheOperatorConfirmsIt() {
        String email = "early-" + UUID.randomUUID() + "@example.com";
        accounts.register(email, "Got there first", ZoneId.of("UTC"), OWN_PASSWORD);

        bootstrap.bootstrap(settings("booking.admin.email", email, "booking.admin.password", OPERATOR_PASSWORD));

        assertThat(accounts.signedInRoles(email)).hasValue(Set.of(Role.CLIENT));
        assertThat(problems.current()).anySatisfy(problem -> assertThat(problem)
                .contains(email, "BOOKING_ADMIN_PROMOTE_EXISTING"));

        bootstrap.bootstrap(settings("booking.admin.email", email, "booking.admin.password", OPERATOR_PASSWORD,
                "booking.admin.promote.existing", email.toUpperCase()));

        assertThat(accounts.signedInRoles(email)).hasValue(Set.of(Role.CLIENT, Role.ADMIN));
        assertThat(signsIn(email, OWN_PASSWORD)).as("its owner's password").isTrue();
        assertThat(signsIn(email, OPERATOR_PASSWORD)).as("the configured password").isFalse();
        assertThat(problems.current()).noneSatisfy(problem -> assertThat(problem).contains(email));
    }

    @Test
    void theConfiguredAdminIsCreatedOnceAndReadyAtEveryLaterStart() {
        String email = "operator-" + UUID.randomUUID() + "@example.com";
        Settings configured = settings("booking.admin.email", email, "booking.admin.password", OPERATOR_PASSWORD);

        bootstrap.bootstrap(configured);
        bootstrap.bootstrap(configured);

        assertThat(accounts.signedInRoles(email)).hasValue(Set.of(Role.CLIENT, Role.ADMIN));
        assertThat(signsIn(email, OPERATOR_PASSWORD)).isTrue();
        assertThat(problems.current()).noneSatisfy(problem -> assertThat(problem).contains(email));
    }

    private boolean signsIn(String email, String password) {
        return identityStore.validate(new UsernamePasswordCredential(email, password)).getStatus()
                == CredentialValidationResult.Status.VALID;
    }

    /** Settings as system properties, name and value in turn; no environment, so the test's own are the only ones. */
    private static Settings settings(String... namesAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            properties.setProperty(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Settings(Map.of(), properties);
    }
}
