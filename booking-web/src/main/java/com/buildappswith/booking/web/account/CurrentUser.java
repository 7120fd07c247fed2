package com.buildappswith.booking.web.account;

import com.buildappswith.booking.profile.application.DemoAccounts;
import com.buildappswith.booking.profile.model.Roles;
import com.buildappswith.booking.shared.Setting;
import com.buildappswith.booking.shared.Settings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

/** Who is looking at the page, for the header and for showing or hiding actions. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext security;

    /**
     * Every account has the CLIENT role. The principal alone does not tell: WildFly hands anonymous visitors a
     * principal named "anonymous".
     */
    public boolean isSignedIn() {
        return security.isCallerInRole(Roles.CLIENT);
    }

    public String getName() {
        return isSignedIn() ? principal().map(Principal::getName).orElse("") : "";
    }

    public boolean isBuilder() {
        return security.isCallerInRole(Roles.BUILDER);
    }

    public boolean isAdmin() {
        return security.isCallerInRole(Roles.ADMIN);
    }

    /** The documented demo sign-ins, only while demo data is on. */
    public List<String> getDemoAccounts() {
        return Settings.fromSystem().get(Setting.DEMO_DATA).filter(Boolean::parseBoolean).isPresent()
                ? DemoAccounts.ALL : List.of();
    }

    public String getDemoPassword() {
        return getDemoAccounts().isEmpty() ? "" : DemoAccounts.PASSWORD;
    }

    private Optional<Principal> principal() {
        return Optional.ofNullable(security.getCallerPrincipal());
    }
}
