package com.buildappswith.booking.profile.application;

import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.AdminPromotion;
import com.buildappswith.booking.profile.model.DemoSignIn;
import com.buildappswith.booking.profile.model.Role;
import com.buildappswith.booking.shared.InvalidSettingException;
import com.buildappswith.booking.shared.Setting;
import com.buildappswith.booking.shared.Settings;
import com.buildappswith.booking.shared.StartUpProblems;
import com.buildappswith.booking.shared.persistence.DatabaseMigrated;
import com.buildappswith.booking.shared.persistence.DatabaseUnavailableException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Makes sure someone can administer a fresh installation: the admin named by {@code BOOKING_ADMIN_EMAIL} and
 * {@code BOOKING_ADMIN_PASSWORD}, and with demo data on, the documented demo sign-ins; with demo data off, the demo
 * sign-ins (whose password is public) are removed.
 * <p>
 * Runs at every start, so every step is idempotent, and none can keep the node down: a step that cannot do its work
 * (an account it must not take over, a bad setting) reports why to {@link StartUpProblems} and the others go on. No
 * transaction of its own: each step is one of {@link AccountService}'s, so one failing rolls back only itself.
 */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccountBootstrap {

    static final String ADMIN_STEP = "administrator";
    static final String DEMO_STEP = "demo sign-ins";
    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

    @EJB
    private AccountService accounts;

    @Inject
    private StartUpProblems problems;

    public void onDatabaseReady(@Observes DatabaseMigrated migrated) {
        bootstrap(Settings.fromSystem());
    }

    /** The start-up's accounts as {@code settings} ask for them: at every start, and from tests with their own. */
    public void bootstrap(Settings settings) {
        run(ADMIN_STEP, () -> bootstrapAdmin(settings));
        run(DEMO_STEP, () -> demoSignIns(settings));
    }

    /**
     * Runs {@code step}, and once more if it fails: another node starting at the same moment may have created the
     * same account first, which the second try finds. A step that still fails is reported, and the start goes on.
     */
    private void run(String name, Runnable step) {
        problems.clear(name);
        try {
            step.run();
        } catch (RuntimeException first) {
            try {
                step.run();
            } catch (RuntimeException again) {
                problems.report(name, reasonFor(again));
            }
        }
    }

    private void bootstrapAdmin(Settings settings) {
        Optional<String> email = settings.get(Setting.ADMIN_EMAIL);
        Optional<String> password = settings.get(Setting.ADMIN_PASSWORD);
        if (email.isPresent() != password.isPresent()) {
            throw new InvalidSettingException(email.isPresent() ? Setting.ADMIN_PASSWORD : Setting.ADMIN_EMAIL,
                    "must be set together with "
                            + (email.isPresent() ? Setting.ADMIN_EMAIL : Setting.ADMIN_PASSWORD).environmentVariable());
        }
        Optional<String> confirmed = settings.get(Setting.ADMIN_PROMOTE_EXISTING);
        if (email.isEmpty()) {
            if (confirmed.isPresent()) {
                throw new InvalidSettingException(Setting.ADMIN_PROMOTE_EXISTING, "is set but "
                        + Setting.ADMIN_EMAIL.environmentVariable() + " is not: it confirms nothing");
            }
            return;
        }
        String admin = email.get();
        boolean confirmedByOperator = confirmed.map(Account::normalize)
                .filter(confirmation -> confirmation.equals(Account.normalize(admin)))
                .isPresent();
        if (confirmed.isPresent() && !confirmedByOperator) {
            throw new InvalidSettingException(Setting.ADMIN_PROMOTE_EXISTING, "names " + confirmed.get()
                    + ", not the account " + Setting.ADMIN_EMAIL.environmentVariable() + " names (" + admin + ")");
        }
        AdminPromotion promotion = accounts.ensureConfiguredAdmin(admin, password.get(), confirmedByOperator);
        switch (promotion) {
            case CREATED -> LOG.info(() -> "Administrator " + admin + " created");
            case ALREADY_ADMIN -> LOG.info(() -> "Administrator " + admin + " is ready");
            case PROMOTED -> LOG.info(() -> "Administrator " + admin + " is an administrator again"
                    + (confirmedByOperator ? ", as " + Setting.ADMIN_PROMOTE_EXISTING.environmentVariable()
                    + " confirms" : ""));
            case NEEDS_CONFIRMATION -> problems.report(ADMIN_STEP, Setting.ADMIN_EMAIL.environmentVariable()
                    + " names " + admin + ", an account that the start-up did not create (someone may have "
                    + "registered it first, with a password of their own), so it was not made an administrator. "
                    + "If it is yours, confirm it with " + Setting.ADMIN_PROMOTE_EXISTING.environmentVariable() + "="
                    + admin + " and restart; otherwise name another email.");
            case DEACTIVATED -> problems.report(ADMIN_STEP, Setting.ADMIN_EMAIL.environmentVariable() + " names "
                    + admin + ", an account an admin deactivated; the start-up leaves it deactivated.");
        }
    }

    private void demoSignIns(Settings settings) {
        if (!settings.isEnabled(Setting.DEMO_DATA)) {
            int removed = accounts.withdrawDemoSignIns();
            if (removed > 0) {
                LOG.info(() -> "Demo data is off: removed the demo sign-in of " + removed + " accounts");
            }
            return;
        }
        StringBuilder left = new StringBuilder();
        demoSignIn(DemoAccounts.ADMIN, "Administrator", ZoneId.of("UTC"), Set.of(Role.ADMIN), left);
        demoSignIn(DemoAccounts.CLIENT, "Demo Client", ZoneId.of("Europe/Berlin"), Set.of(), left);
        if (!left.isEmpty()) {
            problems.report(DEMO_STEP, left.toString().strip());
        }
    }

    private void demoSignIn(String email, String displayName, ZoneId zone, Set<Role> roles, StringBuilder left) {
        DemoSignIn signIn = accounts.ensureDemoSignIn(email, displayName, zone, DemoAccounts.PASSWORD, roles);
        switch (signIn) {
            case OPENS -> LOG.fine(() -> "Demo sign-in " + email + " is ready");
            case DEACTIVATED -> LOG.info(() -> "Demo sign-in " + email + " stays deactivated, as an admin decided");
            case NOT_THE_DEMOS -> left.append(email).append(" has a sign-in of its own, not the demo data's, so the "
                    + "demo password does not open it. ");
        }
    }

    private static String reasonFor(RuntimeException failure) {
        Optional<DatabaseUnavailableException> unavailable = DatabaseUnavailableException.behind(failure);
        if (unavailable.isPresent()) {
            return "the database could not be used: " + unavailable.get().reason();
        }
        Throwable cause = failure;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return Objects.requireNonNullElse(cause.getMessage(), cause.toString());
    }
}
