package com.buildappswith.booking.profile.model;

import com.buildappswith.booking.shared.Page;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every account query of the application. A principal name is an account's normalized email. */
public interface AccountRepository {

    Optional<Account> byId(long id);

    Optional<Account> byEmail(String email);

    /** The active account signed in as {@code principalName}; empty for anyone else (anonymous, deactivated). */
    default Optional<Account> activeByPrincipal(String principalName) {
        return byEmail(principalName).filter(Account::isActive);
    }

    /**
     * The roles of the account signed in as {@code principalName} as they are now, or empty when it no longer exists
     * or can no longer sign in (deactivated, or its demo sign-in removed). Asked on every request of a signed-in
     * person, so it reads only the roles, not the account.
     */
    Optional<Set<Role>> rolesOfActive(String principalName);

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
