package com.buildappswith.booking.web.profile;

import com.buildappswith.booking.profile.application.OwnProfileView;
import com.buildappswith.booking.profile.model.ProfileDetails;
import com.buildappswith.booking.web.Timezones;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Optional;

/** The fields of a builder profile as a form holds them, for applying and for editing. */
public class ProfileForm implements Serializable {

    @NotBlank(message = "Enter a display name.")
    @Size(max = 100, message = "A display name has at most 100 characters.")
    private String displayName;

    @NotBlank(message = "Enter a headline.")
    @Size(max = 160, message = "A headline has at most 160 characters.")
    private String headline;

    @Size(max = 4000, message = "A bio has at most 4000 characters.")
    private String bio;

    @Size(max = 450, message = "Expertise is at most 450 characters.")
    private String expertise;

    @NotBlank(message = "Choose your timezone.")
    private String timezone;

    @Size(max = 500, message = "An avatar URL has at most 500 characters.")
    private String avatarUrl;

    private boolean published;

    static ProfileForm of(OwnProfileView profile) {
        ProfileForm form = new ProfileForm();
        form.displayName = profile.displayName();
        form.headline = profile.headline();
        form.bio = profile.bio();
        form.expertise = String.join(", ", profile.expertise());
        form.timezone = profile.timezone().getId();
        form.avatarUrl = profile.avatarUrl().orElse("");
        form.published = profile.published();
        return form;
    }

    /** Throws {@code InvalidProfileException} with a message for the person when a rule is broken. */
    ProfileDetails details() {
        ZoneId zone = Timezones.parse(timezone).orElse(null);
        return new ProfileDetails(displayName, headline, bio, ProfileDetails.parseTags(expertise), zone,
                Optional.ofNullable(avatarUrl));
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public String getExpertise() {
        return expertise;
    }

    public void setExpertise(String expertise) {
        this.expertise = expertise;
    }

    public String getTimezone() {
        return timezone;
    }

    public void setTimezone(String timezone) {
        this.timezone = timezone;
    }

    public String getAvatarUrl() {
        return avatarUrl;
    }

    public void setAvatarUrl(String avatarUrl) {
        this.avatarUrl = avatarUrl;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }
}
