package com.buildappswith.booking.scheduling.model;

import com.buildappswith.booking.profile.model.BuilderProfile;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Every session-type query of the application. */
public interface SessionTypeRepository {

    Optional<SessionType> byId(long sessionTypeId);

    /**
     * The type with its builder and the builder's account, in one query prepared once: what searching for slots and
     * booking start from. Offered or not; whether it can be booked is {@link SessionType#isBookable}.
     */
    Optional<SessionType> withBuilder(long sessionTypeId);

    /** The type of that name of the builder whose account has that email (as it was typed), if there is one. */
    Optional<SessionType> named(String builderEmail, String name);

    /** All of a builder's types, offered first, then by length and name. */
    List<SessionType> ownedBy(BuilderProfile builder);

    /** The offered types of several builders in one query, by length and name. */
    List<SessionType> offeredBy(Collection<Long> builderIds);

    /** Reads the type again as it stands in the database now, discarding what was read before. */
    void refresh(SessionType type);

    /** Stores a new type at once, so that it has its id and a refusal of the database surfaces here. */
    void add(SessionType type);
}
