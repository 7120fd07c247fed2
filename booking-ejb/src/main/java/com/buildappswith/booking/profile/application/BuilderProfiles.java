package com.buildappswith.booking.profile.application;

import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.AccountRepository;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.profile.model.BuilderProfileRepository;
import com.buildappswith.booking.profile.model.EmailAddress;
import com.buildappswith.booking.profile.model.InvalidProfileException;
import com.buildappswith.booking.profile.model.ProfileDetails;
import com.buildappswith.booking.profile.model.ProfileStatus;
import com.buildappswith.booking.profile.model.Roles;
import com.buildappswith.booking.shared.AccessDeniedException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The life of a builder profile: a client applies, an admin approves (which makes them a BUILDER), the builder
 * edits and publishes it, an admin can unpublish it. Every method a person calls checks both role and ownership.
 * An import file brings builders in already published ({@link #importPublished}), for the import use case only.
 */
@Stateless
@DeclareRoles({Roles.CLIENT, Roles.BUILDER, Roles.ADMIN})
public class BuilderProfiles {

    private static final Logger LOG = Logger.getLogger(BuilderProfiles.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private BuilderProfileRepository profiles;

    @Inject
    private CallerAccounts callers;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @RolesAllowed(Roles.CLIENT)
    public OwnProfileView apply(ProfileDetails details) {
        Account caller = callers.requireCaller(context);
        if (profiles.ofAccount(caller).isPresent()) {
            throw new InvalidProfileException("You have already applied; an admin will review your application.");
        }
        BuilderProfile application = BuilderProfile.application(caller, details, Instant.now(clock));
        caller.rename(details.displayName());
        profiles.add(application);
        LOG.info(() -> "Account " + caller.id() + " applied to become a builder");
        return OwnProfileView.of(application);
    }

    /** The caller's own profile or application, in whatever state it is. */
    @RolesAllowed(Roles.CLIENT)
    public Optional<OwnProfileView> mine() {
        return profiles.ofAccount(callers.requireCaller(context)).map(OwnProfileView::of);
    }

    @RolesAllowed(Roles.BUILDER)
    public OwnProfileView edit(long profileId, ProfileDetails details, boolean published) {
        BuilderProfile profile = find(profileId);
        Account caller = callers.requireCaller(context);
        if (!profile.isOwnedBy(caller)) {
            throw new AccessDeniedException("You can only edit your own profile.");
        }
        profile.edit(details);
        if (published) {
            profile.publish();
        } else {
            profile.unpublish();
        }
        return OwnProfileView.of(profile);
    }

    @RolesAllowed(Roles.ADMIN)
    public List<OwnProfileView> byStatus(ProfileStatus status) {
        return profiles.withStatus(status).stream().map(OwnProfileView::of).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public OwnProfileView approve(long profileId) {
        BuilderProfile profile = find(profileId);
        profile.approve();
        LOG.info(() -> "Approved builder profile " + profileId);
        return OwnProfileView.of(profile);
    }

    @RolesAllowed(Roles.ADMIN)
    public OwnProfileView unpublish(long profileId) {
        BuilderProfile profile = find(profileId);
        profile.unpublish();
        LOG.info(() -> "Unpublished builder profile " + profileId);
        return OwnProfileView.of(profile);
    }

    /**
     * A published builder from an import file, with a new account that cannot sign in until it is given a password.
     * The details are a {@link ProfileDetails}, so they passed the same rules as an application's.
     *
     * @return the new profile, for the import to add what the builder offers; empty when the email already has an
     *         account, which is left as it is so that importing the same file again changes nothing
     */
    @PermitAll
    public Optional<BuilderProfile> importPublished(EmailAddress email, ProfileDetails details) {
        Optional<BuilderProfile> imported = new PublishedImport(accounts, profiles, clock).importPublished(email,
                details);
        imported.ifPresent(profile -> LOG.info(() -> "Imported builder profile " + profile.id()));
        return imported;
    }

    private BuilderProfile find(long profileId) {
        return profiles.byId(profileId).orElseThrow(() -> new InvalidProfileException("No such builder profile."));
    }
}
