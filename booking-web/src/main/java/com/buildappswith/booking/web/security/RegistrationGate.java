package com.buildappswith.booking.web.security;

import com.buildappswith.booking.profile.model.RegistrationThrottle;
import com.buildappswith.booking.shared.InvalidSettingException;
import com.buildappswith.booking.shared.Setting;
import com.buildappswith.booking.shared.Settings;
import com.buildappswith.booking.shared.TooManyRequestsException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * This node's registration throttle, shared by the registration page and {@code POST /api/accounts}: each client
 * address (the one {@link ClientAddresses} names, so a trusted proxy's clients count apart) registers at most
 * {@code BOOKING_REGISTRATIONS_PER_ADDRESS} accounts an hour.
 */
@ApplicationScoped
public class RegistrationGate {

    private static final Logger LOG = Logger.getLogger(RegistrationGate.class.getName());

    @Inject
    private Clock clock;

    @Inject
    private ClientAddresses clientAddresses;

    private RegistrationThrottle throttle;

    @PostConstruct
    void start() {
        throttle = new RegistrationThrottle(clock, perAddress());
    }

    /**
     * Runs {@code registration} for the request's client unless its address has registered its share this hour; a
     * registration that throws created no account and does not count.
     *
     * @throws TooManyRequestsException when the address must wait
     */
    public <T> T register(HttpServletRequest request, Supplier<T> registration) {
        String address = clientAddresses.of(request);
        Optional<Duration> wait = throttle.reserve(address);
        if (wait.isPresent()) {
            throw new TooManyRequestsException(tooMany(wait.get()), wait.get());
        }
        try {
            return registration.get();
        } catch (RuntimeException e) {
            throttle.release(address);
            throw e;
        }
    }

    static String tooMany(Duration wait) {
        long minutes = Math.max(1, wait.toMinutes() + (wait.toSecondsPart() > 0 || wait.toNanosPart() > 0 ? 1 : 0));
        return "Too many accounts have been registered from your network in the last hour. Please try again in "
                + minutes + (minutes == 1 ? " minute." : " minutes.");
    }

    /** A mistyped setting must not stop registration: it is logged for the operator and the default applies. */
    private static int perAddress() {
        try {
            return Settings.fromSystem().count(Setting.REGISTRATIONS_PER_ADDRESS, 1,
                    RegistrationThrottle.DEFAULT_PER_ADDRESS);
        } catch (InvalidSettingException e) {
            LOG.severe(e.getMessage() + "; using the default of " + RegistrationThrottle.DEFAULT_PER_ADDRESS);
            return RegistrationThrottle.DEFAULT_PER_ADDRESS;
        }
    }
}
