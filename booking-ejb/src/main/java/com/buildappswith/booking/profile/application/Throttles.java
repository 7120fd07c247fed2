package com.buildappswith.booking.profile.application;

import com.buildappswith.booking.profile.model.LoginThrottle;
import com.buildappswith.booking.profile.model.RegistrationThrottle;
import com.buildappswith.booking.profile.model.SharedThrottles;
import com.buildappswith.booking.profile.model.ThrottleRows;
import com.buildappswith.booking.shared.InvalidSettingException;
import com.buildappswith.booking.shared.Setting;
import com.buildappswith.booking.shared.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The sign-in and registration throttles, kept in the database so that every node counts the same attempts
 * ({@link SharedThrottles}). Each call commits on its own at once: an attempt counts whatever the request does next,
 * and no caller's transaction holds a throttle row.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Throttles {

    private static final Logger LOG = Logger.getLogger(Throttles.class.getName());

    @Inject
    private ThrottleRows rows;

    @Inject
    private Clock clock;

    private SharedThrottles throttles;

    @PostConstruct
    void start() {
        throttles = new SharedThrottles(rows, clock, LoginThrottle.ACCOUNT, LoginThrottle.ADDRESS,
                new RegistrationThrottle(registrationsPerAddress()));
    }

    /** @see SharedThrottles#reserveSignIn */
    public Optional<Duration> reserveSignIn(String email, String address) {
        return throttles.reserveSignIn(email, address);
    }

    public void signInSucceeded(String email) {
        throttles.signInSucceeded(email);
    }

    public void signInFailed(String address) {
        throttles.signInFailed(address);
    }

    public void signInWithdrawn(String email) {
        throttles.signInWithdrawn(email);
    }

    /** @see SharedThrottles#reserveRegistration */
    public Optional<Duration> reserveRegistration(String address) {
        return throttles.reserveRegistration(address);
    }

    public void releaseRegistration(String address) {
        throttles.releaseRegistration(address);
    }

    /** Deletes up to {@code atMost} rows that say nothing any more; how many it deleted. */
    public int forgetOldRows(int atMost) {
        return throttles.forgetOldRows(atMost);
    }

    /** A mistyped setting must not stop registration: it is logged for the operator and the default applies. */
    private static int registrationsPerAddress() {
        try {
            return Settings.fromSystem().count(Setting.REGISTRATIONS_PER_ADDRESS, 1,
                    RegistrationThrottle.MOST_PER_ADDRESS, RegistrationThrottle.DEFAULT_PER_ADDRESS);
        } catch (InvalidSettingException e) {
            LOG.severe(e.getMessage() + "; using the default of " + RegistrationThrottle.DEFAULT_PER_ADDRESS);
            return RegistrationThrottle.DEFAULT_PER_ADDRESS;
        }
    }
}
