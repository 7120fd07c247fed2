package com.buildappswith.booking.web.admin;

import com.buildappswith.booking.profile.application.BuilderProfiles;
import com.buildappswith.booking.profile.application.OwnProfileView;
import com.buildappswith.booking.profile.model.ProfileStatus;
import com.buildappswith.booking.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Admins approve builder applications and unpublish builders. Each button sends the id of the profile its row
 * showed, and the action uses that id: a list read again at the click (an application arrived meanwhile and took
 * the row's place) can never redirect an approval to someone else.
 */
@Named
@ViewScoped
public class BuildersAdminPage implements Serializable {

    @Inject
    private BuilderProfiles profiles;

    private List<OwnProfileView> applications;
    private List<OwnProfileView> builders;

    public List<OwnProfileView> getApplications() {
        if (applications == null) {
            applications = profiles.byStatus(ProfileStatus.APPLIED);
        }
        return applications;
    }

    public List<OwnProfileView> getBuilders() {
        if (builders == null) {
            builders = profiles.byStatus(ProfileStatus.APPROVED);
        }
        return builders;
    }

    /** Approves the application with the id the clicked row showed; the service checks it is still waiting. */
    public void approve(String profileId) {
        AdminActions.onId(profileId, id -> {
            OwnProfileView approved = profiles.approve(id);
            Messages.info(approved.displayName() + " is now a builder and can publish their profile.");
        });
        applications = null;
        builders = null;
    }

    public void unpublish(String profileId) {
        AdminActions.onId(profileId, id -> {
            OwnProfileView unpublished = profiles.unpublish(id);
            Messages.info(unpublished.displayName() + " is no longer listed.");
        });
        builders = null;
    }
}
