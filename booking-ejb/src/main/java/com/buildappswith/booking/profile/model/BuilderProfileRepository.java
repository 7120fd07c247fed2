package com.buildappswith.booking.profile.model;

import com.buildappswith.booking.shared.Page;

import java.util.List;
import java.util.Optional;

/** Every builder profile query of the application. */
public interface BuilderProfileRepository {

    Optional<BuilderProfile> byId(long id);

    /** The profile {@code id} read with its account in one statement, for showing it. */
    Optional<BuilderProfile> withAccount(long id);

    /** The profile or application of {@code account}, whatever its state; an account has at most one. */
    Optional<BuilderProfile> ofAccount(Account account);

    /** Profiles in {@code status} with their accounts, ordered by display name: an admin's review list. */
    List<BuilderProfile> withStatus(ProfileStatus status);

    /**
     * One page of the directory: {@linkplain BuilderProfile#isListed() listed} profiles, ordered by display name,
     * whose name contains {@code name} and that carry the tag {@code expertise}, both ignoring case; an empty
     * filter matches every listed profile.
     */
    Page<BuilderProfile> listed(String name, String expertise, int offset, int limit);

    void add(BuilderProfile profile);

    /**
     * Makes imports of builders wait for each other, on however many nodes, until this transaction ends: an import
     * that then looks for an email sees the accounts an import before it created.
     */
    void lockImports();
}
