package com.buildappswith.booking.web.profile;

import com.buildappswith.booking.profile.application.BuilderProfiles;
import com.buildappswith.booking.profile.application.OwnProfileView;
import com.buildappswith.booking.profile.model.InvalidProfileException;
import com.buildappswith.booking.shared.AccessDeniedException;
import com.buildappswith.booking.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;

import java.io.IOException;
import java.io.Serializable;

/** A builder edits their own profile and decides whether it is published. */
@Named
@ViewScoped
public class OwnProfilePage implements Serializable {

    @Inject
    private BuilderProfiles profiles;

    @Valid
    private ProfileForm form;

    private OwnProfileView profile;

    public void load() throws IOException {
        if (profile != null) {
            return;
        }
        profile = profiles.mine().orElse(null);
        if (profile == null) {
            FacesContext.getCurrentInstance().getExternalContext().redirect(
                    FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                            + "/account/apply.xhtml");
            return;
        }
        form = ProfileForm.of(profile);
    }

    public void save() {
        try {
            profile = profiles.edit(profile.id(), form.details(), form.isPublished());
            form = ProfileForm.of(profile);
            Messages.info(profile.published() ? "Saved. Your profile is public." : "Saved. Your profile is hidden.");
        } catch (InvalidProfileException | AccessDeniedException e) {
            Messages.error(null, e.getMessage());
        }
    }

    public ProfileForm getForm() {
        return form;
    }

    public OwnProfileView getProfile() {
        return profile;
    }
}
