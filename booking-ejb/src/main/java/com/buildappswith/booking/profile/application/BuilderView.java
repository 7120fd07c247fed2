package com.buildappswith.booking.profile.application;

import com.buildappswith.booking.profile.model.BuilderProfile;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** A builder as the directory and the builder page show them; {@code listed} is false for an unpublished one. */
public record BuilderView(long id, String displayName, String headline, String bio, List<String> expertise,
                          ZoneId timezone, Optional<String> avatarUrl, boolean listed) {

    static BuilderView of(BuilderProfile profile) {
        return new BuilderView(profile.id(), profile.displayName(), profile.headline(), profile.bio(),
                profile.expertise(), profile.timezone(), profile.avatarUrl(), profile.isListed());
    }
}
