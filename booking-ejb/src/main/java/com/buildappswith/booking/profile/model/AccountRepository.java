package com.buildappswith.booking.profile.model;

import java.util.Optional;

/** Every account query of the application. A principal name is an account's normalized email. */
public interface AccountRepository {

    Optional<Account> byEmail(String email);

    /** The active account signed in as {@code principalName}; empty for anyone else (anonymous, deactivated). */
    default Optional<Account> activeByPrincipal(String principalName) {
        return byEmail(principalName).filter(Account::isActive);
    }

    /**
     * The active account signed in as {@code principalName}, its row locked for the rest of the transaction (bookings
     * by one client queue behind each other on it); empty when there is no such active account.
     */
    Optional<Account> lockActive(String principalName);
}
