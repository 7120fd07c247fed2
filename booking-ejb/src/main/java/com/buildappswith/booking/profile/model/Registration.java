package com.buildappswith.booking.profile.model;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Someone's request to open an account, accepted only when it keeps every registration rule: an email address
 * ({@link EmailAddress}), a display name of 1 to {@value Account#MAX_DISPLAY_NAME} characters, a timezone, and a
 * password the {@link PasswordPolicy} accepts. The registration page, {@code POST /api/accounts} and the start-up
 * (the configured administrator, the demo sign-ins) all register through it, so they refuse the same things with the
 * same messages.
 *
 * <p>Whether the email is already taken needs the database and is the registering service's check; hashing the
 * password is the container's.
 */
public final class Registration {

    private static final PasswordPolicy PASSWORD_POLICY = new PasswordPolicy();

    private final EmailAddress email;
    private final String displayName;
    private final ZoneId timezone;
    private final String password;

    private Registration(EmailAddress email, String displayName, ZoneId timezone, String password) {
        this.email = email;
        this.displayName = displayName;
        this.timezone = timezone;
        this.password = password;
    }

    /**
     * Checks the typed values in the order the registration form shows them.
     *
     * @throws InvalidRegistrationException naming the first field that breaks a rule
     */
    public static Registration of(String email, String displayName, ZoneId timezone, String password) {
        EmailAddress address = EmailAddress.parse(email)
                .orElseThrow(() -> new InvalidRegistrationException("email", "Enter a valid email address."));
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > Account.MAX_DISPLAY_NAME) {
            throw new InvalidRegistrationException("displayName",
                    "Give a display name of 1 to " + Account.MAX_DISPLAY_NAME + " characters.");
        }
        PASSWORD_POLICY.check(password, address.value()).ifPresent(problem -> {
            throw new InvalidRegistrationException("password", problem);
        });
        if (timezone == null) {
            throw new InvalidRegistrationException("timezone", "Choose a timezone from the list.");
        }
        return new Registration(address, name, timezone, password);
    }

    public EmailAddress email() {
        return email;
    }

    /** The accepted password in clear, for hashing; it is never stored as it is. */
    public String password() {
        return password;
    }

    /** The new account, a client who signs in with the password {@code passwordHash} was made from. */
    public Account open(String passwordHash, Instant at) {
        Account account = new Account(email.value(), displayName, timezone, at);
        account.useHashedPassword(passwordHash);
        return account;
    }

    /** A new account that the start-up step {@code step} makes, remembered as its own. */
    public Account provision(String passwordHash, Instant at, ProvisionedBy step) {
        Account account = open(passwordHash, at);
        account.provisioned(step);
        return account;
    }

    /** Leaves the password out, so that logging a registration cannot leak it. */
    @Override
    public String toString() {
        return "Registration of " + email;
    }
}
