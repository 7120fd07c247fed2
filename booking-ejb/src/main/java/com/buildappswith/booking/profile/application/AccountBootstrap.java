package com.buildappswith.booking.profile.application;

import com.buildappswith.booking.profile.model.InvalidRegistrationException;
import com.buildappswith.booking.shared.InvalidSettingException;
import com.buildappswith.booking.shared.Setting;
import com.buildappswith.booking.shared.Settings;
import com.buildappswith.booking.shared.persistence.DatabaseMigrated;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;

import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Makes sure someone can administer a fresh installation: the admin named by {@code BOOKING_ADMIN_EMAIL} and
 * {@code BOOKING_ADMIN_PASSWORD}, and with demo data on, the documented demo sign-ins.
 */
@Singleton
@PermitAll
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

    @EJB
    private AccountService accounts;

    public void onDatabaseReady(@Observes DatabaseMigrated migrated) {
        bootstrap(Settings.fromSystem());
    }

    /** The start-up's accounts as {@code settings} ask for them: at every start, and from tests with their own. */
    public void bootstrap(Settings settings) {
        try {
            bootstrapAdmin(settings.get(Setting.ADMIN_EMAIL), settings.get(Setting.ADMIN_PASSWORD));
            if (settings.isEnabled(Setting.DEMO_DATA)) {
                accounts.ensureAdmin(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
                if (accounts.signInCandidate(DemoAccounts.CLIENT).isEmpty()) {
                    accounts.register(DemoAccounts.CLIENT, "Demo Client", ZoneId.of("Europe/Berlin"),
                            DemoAccounts.PASSWORD);
                }
            }
        } catch (InvalidSettingException | InvalidRegistrationException e) {
            LOG.severe(() -> "Accounts not bootstrapped: " + e.getMessage());
        }
    }

    private void bootstrapAdmin(Optional<String> email, Optional<String> password) {
        if (email.isPresent() != password.isPresent()) {
            throw new InvalidSettingException(email.isPresent() ? Setting.ADMIN_PASSWORD : Setting.ADMIN_EMAIL,
                    "must be set together with "
                            + (email.isPresent() ? Setting.ADMIN_EMAIL : Setting.ADMIN_PASSWORD).environmentVariable());
        }
        if (email.isPresent()) {
            accounts.ensureAdmin(email.get(), password.get());
            LOG.info(() -> "Administrator " + email.get() + " is ready");
        }
    }
}
