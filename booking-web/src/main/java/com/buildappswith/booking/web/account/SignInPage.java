package com.buildappswith.booking.web.account;

import com.buildappswith.booking.profile.model.Roles;
import com.buildappswith.booking.web.Messages;
import com.buildappswith.booking.web.security.BookingAuthenticationMechanism;
import com.buildappswith.booking.web.security.SignInThrottle;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** The sign-in form. Failures say the same thing whether or not the email exists. */
@Named
@RequestScoped
public class SignInPage {

    static final String FAILED = "Email or password is incorrect.";

    @Inject
    private SecurityContext security;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private FacesContext faces;

    @NotBlank(message = "Enter your email.")
    @Size(max = 254, message = "An email has at most 254 characters.")
    private String email;

    @NotBlank(message = "Enter your password.")
    @Size(max = 128, message = "A password has at most 128 characters.")
    private String password;

    private String next;
    private boolean deactivated;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Optional<Duration> wait = throttle.reserveAttempt(email, request);
        if (wait.isPresent()) {
            ((HttpServletResponse) external.getResponse()).setStatus(429);
            Messages.error(null, SignInThrottle.tooManyAttempts(wait.get()));
            return;
        }
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email.strip(), password))
                        .newAuthentication(true));
        // A refused sign-in comes back as "nothing done", which the container may report as SUCCESS with no caller
        // (or, on WildFly, an "anonymous" one); only an account's role proves the sign-in worked.
        if (status == AuthenticationStatus.SUCCESS && security.isCallerInRole(Roles.CLIENT)) {
            throttle.succeeded(email);
            request.changeSessionId();
            external.redirect(external.getRequestContextPath() + BookingAuthenticationMechanism.safeNext(next));
            faces.responseComplete();
        } else {
            throttle.failed(request);
            Messages.error(null, FAILED);
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public boolean isDeactivated() {
        return deactivated;
    }

    public void setDeactivated(boolean deactivated) {
        this.deactivated = deactivated;
    }
}
