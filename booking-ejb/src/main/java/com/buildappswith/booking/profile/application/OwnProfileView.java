package com.buildappswith.booking.profile.application;

import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.profile.model.ProfileStatus;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** A builder profile as its owner edits it, or an admin reviews it, including what the public does not see. */
public record OwnProfileView(long id, long accountId, String email, String displayName, String headline, String bio,
                             List<String> expertise, ZoneId timezone, Optional<String> avatarUrl,
                             ProfileStatus status, boolean published) {

    static OwnProfileView of(BuilderProfile profile) {
        return new OwnProfileView(profile.id(), profile.account().id(), profile.account().email(),
                profile.displayName(), profile.headline(), profile.bio(), profile.expertise(), profile.timezone(),
                profile.avatarUrl(), profile.status(), profile.isPublished());
    }
}
