package com.buildappswith.booking.profile.model;

import com.buildappswith.booking.shared.Page;

import java.util.List;
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
     * The active account signed in as {@code principalName}, its row locked for the rest of the transaction (bookings
     * by one client queue behind each other on it); empty when there is no such active account.
     */
    Optional<Account> lockActive(String principalName);

    /** The accounts whose sign-in the start-up step {@code step} made. */
    List<Account> provisionedBy(ProvisionedBy step);

    /**
     * Locks the account's row for the rest of the transaction, active or not: what changes a booking of theirs that
     * they did not start themselves (a payment arriving) queues behind their own bookings the same way.
     */
    void lock(Account account);

    /** Accounts whose email or display name contains {@code text}, ignoring case, ordered by email. */
    Page<Account> search(String text, int offset, int limit);

    void add(Account account);
}
