package com.buildappswith.booking.web.admin;

import com.buildappswith.booking.profile.application.BuilderProfiles;
import com.buildappswith.booking.profile.application.OwnProfileView;
import com.buildappswith.booking.profile.model.ProfileStatus;
import com.buildappswith.booking.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Admins approve builder applications and unpublish builders. */
@Named
@RequestScoped
public class BuildersAdminPage {

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

    public void approve(OwnProfileView application) {
        profiles.approve(application.id());
        Messages.info(application.displayName() + " is now a builder and can publish their profile.");
        applications = null;
        builders = null;
    }

    public void unpublish(OwnProfileView builder) {
        profiles.unpublish(builder.id());
        Messages.info(builder.displayName() + " is no longer listed.");
        builders = null;
    }
}
