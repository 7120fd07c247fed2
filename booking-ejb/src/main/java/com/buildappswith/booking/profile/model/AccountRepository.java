package com.buildappswith.booking.profile.model;

import com.buildappswith.booking.shared.Page;

import java.util.Optional;

/** Every account query of the application. A principal name is an account's normalized email. */
public interface AccountRepository {

    Optional<Account> byId(long id);

    Optional<Account> byEmail(String email);

    /** The active account signed in as {@code principalName}; empty for anyone else (anonymous, deactivated). */
    default Optional<Account> activeByPrincipal(String principalName) {
        return byEmail(principalName).filter(Account::isActive);
    }

    /**
     * Whether the account signed in as {@code principalName} exists and is active. Asked on every request of a
     * signed-in person, so it reads only that flag, not the account with its roles.
     */
    boolean isActive(String principalName);

    /**
     * The active account signed in as {@code principalName}, its row locked for the rest of the transaction (bookings
     * by one client queue behind each other on it); empty when there is no such active account.
     */
    Optional<Account> lockActive(String principalName);

    /** Accounts whose email or display name contains {@code text}, ignoring case, ordered by email. */
    Page<Account> search(String text, int offset, int limit);

    void add(Account account);
}
