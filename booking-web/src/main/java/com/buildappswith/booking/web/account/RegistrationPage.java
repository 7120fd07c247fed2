package com.buildappswith.booking.web.account;

import com.buildappswith.booking.profile.application.AccountService;
import com.buildappswith.booking.profile.application.EmailTakenException;
import com.buildappswith.booking.profile.model.InvalidRegistrationException;
import com.buildappswith.booking.shared.TooManyRequestsException;
import com.buildappswith.booking.web.Messages;
import com.buildappswith.booking.web.Timezones;
import com.buildappswith.booking.web.security.RegistrationGate;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.ZoneId;
import java.util.Optional;

/** Creating an account: every account starts as a client; each client address registers a few an hour at most. */
@Named
@RequestScoped
public class RegistrationPage {

    @Inject
    private AccountService accounts;

    @Inject
    private RegistrationGate gate;

    @NotBlank(message = "Enter your email.")
    @Email(message = "Enter a valid email address.")
    @Size(max = 254, message = "An email has at most 254 characters.")
    private String email;

    @NotBlank(message = "Enter a display name.")
    @Size(max = 100, message = "A display name has at most 100 characters.")
    private String displayName;

    @NotBlank(message = "Choose a password.")
    @Size(max = 128, message = "A password has at most 128 characters.")
    private String password;

    @NotBlank(message = "Choose your timezone.")
    private String timezone;

    public String register() {
        Optional<ZoneId> zone = Timezones.parse(timezone);
        if (zone.isEmpty()) {
            Messages.error("registration:timezone", "Choose a timezone from the list.");
            return null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            gate.register((HttpServletRequest) external.getRequest(),
                    () -> accounts.register(email, displayName, zone.get(), password));
        } catch (TooManyRequestsException e) {
            HttpServletResponse response = (HttpServletResponse) external.getResponse();
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
            Messages.error(null, e.getMessage());
            return null;
        } catch (EmailTakenException e) {
            Messages.error("registration:email", e.getMessage());
            return null;
        } catch (InvalidRegistrationException e) {
            Messages.error("registration:" + e.field(), e.getMessage());
            return null;
        }
        Messages.infoAfterRedirect("Your account is ready. Sign in to continue.");
        return "/login?faces-redirect=true";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getTimezone() {
        return timezone;
    }

    public void setTimezone(String timezone) {
        this.timezone = timezone;
    }
}
