package com.buildappswith.booking.web.security;

import com.buildappswith.booking.profile.application.Throttles;
import com.buildappswith.booking.shared.TooManyRequestsException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The registration throttle, shared by the registration page and {@code POST /api/accounts}, and through the
 * database by every node: each client address (the one {@link ClientAddresses} names, so a trusted proxy's clients
 * count apart) registers at most {@code BOOKING_REGISTRATIONS_PER_ADDRESS} accounts an hour.
 */
@ApplicationScoped
public class RegistrationGate {

    @EJB
    private Throttles throttles;

    @Inject
    private ClientAddresses clientAddresses;

    /**
     * Runs {@code registration} for the request's client unless its address has registered its share this hour; a
     * registration that throws created no account and does not count.
     *
     * @throws TooManyRequestsException when the address must wait
     */
    public <T> T register(HttpServletRequest request, Supplier<T> registration) {
        String address = clientAddresses.of(request);
        Optional<Duration> wait = throttles.reserveRegistration(address);
        if (wait.isPresent()) {
            throw new TooManyRequestsException(tooMany(wait.get()), wait.get());
        }
        try {
            return registration.get();
        } catch (RuntimeException e) {
            throttles.releaseRegistration(address);
            throw e;
        }
    }

    static String tooMany(Duration wait) {
        long minutes = Math.max(1, wait.toMinutes() + (wait.toSecondsPart() > 0 || wait.toNanosPart() > 0 ? 1 : 0));
        return "Too many accounts have been registered from your network in the last hour. Please try again in "
                + minutes + (minutes == 1 ? " minute." : " minutes.");
    }
}
