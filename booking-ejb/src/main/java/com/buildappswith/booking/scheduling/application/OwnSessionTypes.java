package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.policy.model.PolicyRepository;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.profile.model.Roles;
import com.buildappswith.booking.scheduling.model.ScheduleOwnerRepository;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.scheduling.model.SessionTypeRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A builder manages the session types they offer. Every method acts on the caller's own builder profile; a type of
 * another builder is refused, so no builder can read or change another's types through this facade. Changes wait
 * for the bookings in progress with the builder, and bookings for them ({@link SessionTypeChanges}).
 */
@Stateless
@DeclareRoles({Roles.CLIENT, Roles.BUILDER, Roles.ADMIN})
@RolesAllowed(Roles.BUILDER)
public class OwnSessionTypes {

    private static final Logger LOG = Logger.getLogger(OwnSessionTypes.class.getName());

    @Inject
    private SessionTypeRepository types;

    @Inject
    private ScheduleOwnerRepository owners;

    @Inject
    private PolicyRepository policies;

    @Inject
    private CallerBuilders builders;

    @Resource
    private SessionContext context;

    private SessionTypeChanges changes;

    @PostConstruct
    void prepare() {
        changes = new SessionTypeChanges(types, owners, policies);
    }

    /** All of the caller's types, offered first. */
    public List<OwnSessionTypeView> sessionTypes() {
        return types.ownedBy(me()).stream().map(OwnSessionTypeView::of).toList();
    }

    public OwnSessionTypeView offer(SessionTypeDraft draft) {
        BuilderProfile me = me();
        SessionType type = changes.offer(me, draft);
        LOG.info(() -> "Builder " + me.id() + " offers session type " + type.id());
        return OwnSessionTypeView.of(type);
    }

    public OwnSessionTypeView revise(long sessionTypeId, SessionTypeDraft draft) {
        return OwnSessionTypeView.of(changes.revise(me(), sessionTypeId, draft));
    }

    /** Offers a type again or stops offering it; its bookings stay either way. */
    public OwnSessionTypeView changeActive(long sessionTypeId, boolean active) {
        return OwnSessionTypeView.of(changes.changeActive(me(), sessionTypeId, active));
    }

    /** Gives a type a published policy, or the site default for empty; its other settings stay as they are. */
    public OwnSessionTypeView changePolicy(long sessionTypeId, Optional<Long> policyId) {
        return OwnSessionTypeView.of(changes.changePolicy(me(), sessionTypeId, policyId));
    }

    private BuilderProfile me() {
        return builders.requireBuilder(context);
    }
}
