package com.buildappswith.booking.profile.application;

import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.Role;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/** An account as its owner and admins see it; never carries the password hash. */
public record AccountView(long id, String email, String displayName, ZoneId timezone, Set<Role> roles,
                          boolean active, Instant createdAt) {

    public boolean builder() {
        return roles.contains(Role.BUILDER);
    }

    public boolean admin() {
        return roles.contains(Role.ADMIN);
    }

    static AccountView of(Account account) {
        return new AccountView(account.id(), account.email(), account.displayName(), account.timezone(),
                account.roles(), account.isActive(), account.createdAt());
    }
}
