package com.buildappswith.booking.profile.application;

import com.buildappswith.booking.profile.model.AccountRepository;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.profile.model.BuilderProfileRepository;
import com.buildappswith.booking.profile.model.EmailAddress;
import com.buildappswith.booking.profile.model.ProfileDetails;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Brings one builder from an import file in, published, with a new account that cannot sign in until it is given a
 * password; a builder whose email already has an account is left as it is, so that importing a file again changes
 * nothing. Imports take a database lock before they look for the email, so that two nodes importing the same file at
 * once (each loads the demo data when it starts) do not both insert the same account: the later waits, then finds the
 * builder present.
 * <p>
 * Plain Java over repositories whose transaction someone else owns: {@link BuilderProfiles} in the server (the import
 * job's chunk transaction), the database test outside it, so both run this same code.
 */
public final class PublishedImport {

    private final AccountRepository accounts;
    private final BuilderProfileRepository profiles;
    private final Clock clock;

    public PublishedImport(AccountRepository accounts, BuilderProfileRepository profiles, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "An account repository is required.");
        this.profiles = Objects.requireNonNull(profiles, "A builder profile repository is required.");
        this.clock = Objects.requireNonNull(clock, "A clock is required.");
    }

    /**
     * @return the new profile, for the import to add what the builder offers; empty when the email already has an
     *         account
     */
    public Optional<BuilderProfile> importPublished(EmailAddress email, ProfileDetails details) {
        profiles.lockImports();
        if (accounts.byEmail(email.value()).isPresent()) {
            return Optional.empty();
        }
        BuilderProfile profile = BuilderProfile.imported(email, details, Instant.now(clock));
        accounts.add(profile.account());
        profiles.add(profile);
        return Optional.of(profile);
    }
}
