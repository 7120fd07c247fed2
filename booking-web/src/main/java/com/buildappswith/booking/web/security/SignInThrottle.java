package com.buildappswith.booking.web.security;

import com.buildappswith.booking.profile.application.Throttles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.time.Duration;
import java.util.Optional;

/**
 * The sign-in throttle, shared by the sign-in page and HTTP Basic sign-ins on the API, and through the database by
 * every node. An attempt that is never said to have succeeded counts as a failure.
 */
@ApplicationScoped
public class SignInThrottle {

    @EJB
    private Throttles throttles;

    @Inject
    private ClientAddresses clientAddresses;

    /**
     * Takes one sign-in attempt for {@code email} from the request's client before its password is checked.
     *
     * @return how long to wait before trying again, or empty when this attempt may go ahead
     */
    public Optional<Duration> reserveAttempt(String email, HttpServletRequest request) {
        return throttles.reserveSignIn(email, clientAddresses.of(request));
    }

    /** The attempt reserved for {@code email} had the right password. */
    public void succeeded(String email) {
        throttles.signInSucceeded(email);
    }

    /** The attempt reserved for an account had a wrong password: the request's client counts one failure more. */
    public void failed(HttpServletRequest request) {
        throttles.signInFailed(clientAddresses.of(request));
    }

    /** The attempt reserved for {@code email} could not be decided: it is not counted. */
    public void withdrawn(String email) {
        throttles.signInWithdrawn(email);
    }

    /** Words the wait without saying whether the email exists. */
    public static String tooManyAttempts(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
        return "Too many sign-in attempts. Try again in " + seconds + " seconds.";
    }
}
