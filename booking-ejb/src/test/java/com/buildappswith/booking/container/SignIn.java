package com.buildappswith.booking.container;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * Signs the running test in as an account, as the sign-in page does: through Jakarta Security, with the password
 * checked by the application's identity store and the account's roles as the caller's. An in-container test runs
 * inside one request to Arquillian's test servlet, so the caller stays signed in for the rest of the test, and the
 * services see that principal and those roles. Archives using it add {@link #CLASSES}.
 */
@RequestScoped
public class SignIn {

    /** What a test archive needs for signing in. */
    static final Class<?>[] CLASSES = {SignIn.class, SignInMechanism.class, CurrentResponse.class};

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    /** Signs out whoever was signed in, then signs in as {@code email}; fails the test if the store refuses. */
    public void as(String email, String password) throws ServletException {
        request.logout();
        AuthenticationStatus status = securityContext.authenticate(request, CurrentResponse.of(request),
                withParams().credential(new UsernamePasswordCredential(email, password)));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("Could not sign in as " + email + ": " + status);
        }
    }
}
