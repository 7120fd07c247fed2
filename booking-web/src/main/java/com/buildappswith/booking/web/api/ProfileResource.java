package com.buildappswith.booking.web.api;

import com.buildappswith.booking.profile.application.BuilderProfiles;
import com.buildappswith.booking.profile.application.OwnProfileView;
import com.buildappswith.booking.profile.model.ProfileDetails;
import com.buildappswith.booking.web.Timezones;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Optional;

/** {@code PUT /api/builders/{id}/profile}: a builder edits their own profile (403 for anyone else's). */
@Path("builders/{id}/profile")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    @Inject
    private BuilderProfiles profiles;

    @PUT
    public ProfileJson edit(@PathParam("id") String idText, @NotNull(message = "A JSON body is required.") @Valid
                            ProfileEditJson edit) {
        long id = Params.id("id", idText);
        ProfileDetails details = new ProfileDetails(edit.displayName(), edit.headline(), edit.bio(),
                Optional.ofNullable(edit.expertise()).orElse(List.of()),
                Timezones.parse(edit.timezone()).orElseThrow(() -> Params.invalid(
                        "timezone must be an IANA zone id such as Europe/London")),
                Optional.ofNullable(edit.avatarUrl()));
        return ProfileJson.of(profiles.edit(id, details, edit.published()));
    }

    public record ProfileEditJson(@Size(max = 100) String displayName, @Size(max = 160) String headline,
                                  @Size(max = 4000) String bio, @Size(max = 10) List<@Size(max = 40) String> expertise,
                                  @Size(max = 64) String timezone, @Size(max = 500) String avatarUrl,
                                  boolean published) {
    }

    public record ProfileJson(long id, String displayName, String headline, String bio, List<String> expertise,
                              String timezone, String avatarUrl, String status, boolean published) {

        static ProfileJson of(OwnProfileView profile) {
            return new ProfileJson(profile.id(), profile.displayName(), profile.headline(), profile.bio(),
                    profile.expertise(), profile.timezone().getId(), profile.avatarUrl().orElse(null),
                    profile.status().name(), profile.published());
        }
    }
}
