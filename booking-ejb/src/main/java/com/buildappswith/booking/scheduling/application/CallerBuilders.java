package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.application.CallerAccounts;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.model.ScheduleOwnerRepository;
import com.buildappswith.booking.shared.AccessDeniedException;
import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The signed-in builder's own profile, for the facades through which builders manage their schedule: each acts on
 * the caller's profile only, and refuses what belongs to another builder.
 */
@ApplicationScoped
public class CallerBuilders {

    private final CallerAccounts callers;
    private final ScheduleOwnerRepository owners;

    @Inject
    public CallerBuilders(CallerAccounts callers, ScheduleOwnerRepository owners) {
        this.callers = callers;
        this.owners = owners;
    }

    /** For CDI's proxy only. */
    protected CallerBuilders() {
        this(null, null);
    }

    /** The caller's builder profile; the principal name is the account's normalized email. */
    public BuilderProfile requireBuilder(EJBContext context) {
        return owners.ofAccount(callers.requireCaller(context))
                .orElseThrow(() -> new AccessDeniedException("Your builder profile was not found."));
    }

    /** Refuses a change to what {@code owner} owns unless {@code owner} is the caller's own profile {@code me}. */
    static void requireOwn(BuilderProfile owner, BuilderProfile me) {
        if (!owner.id().equals(me.id())) {
            throw new AccessDeniedException("You can only change your own schedule.");
        }
    }
}
