package com.buildappswith.booking.web.security;

import com.buildappswith.booking.profile.model.LoginThrottle;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** This node's sign-in throttle, shared by the sign-in page and HTTP Basic sign-ins on the API. */
@ApplicationScoped
public class SignInThrottle {

    @Inject
    private Clock clock;

    private LoginThrottle throttle;

    @PostConstruct
    void start() {
        throttle = new LoginThrottle(clock, LoginThrottle.ACCOUNT, LoginThrottle.ADDRESS);
    }

    public Optional<Duration> waitBeforeAttempt(String email, String address) {
        return throttle.waitBeforeAttempt(email, address);
    }

    public void failed(String email, String address) {
        throttle.failed(email, address);
    }

    public void succeeded(String email) {
        throttle.succeeded(email);
    }

    /** Words the wait without saying whether the email exists. */
    public static String tooManyAttempts(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
        return "Too many sign-in attempts. Try again in " + seconds + " seconds.";
    }
}
