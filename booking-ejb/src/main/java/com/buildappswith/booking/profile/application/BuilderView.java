package com.buildappswith.booking.profile.application;

import com.buildappswith.booking.profile.model.BuilderProfile;

import java.time.ZoneId;
import java.util.List;

/** A builder as the directory and the builder page show them. */
public record BuilderView(long id, String displayName, String headline, String bio, List<String> expertise,
                          ZoneId timezone) {

    static BuilderView of(BuilderProfile profile) {
        return new BuilderView(profile.id(), profile.displayName(), profile.headline(), profile.bio(),
                profile.expertise(), profile.timezone());
    }
}
