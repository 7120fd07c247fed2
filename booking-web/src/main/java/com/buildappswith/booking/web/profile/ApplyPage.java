package com.buildappswith.booking.web.profile;

import com.buildappswith.booking.profile.application.BuilderProfiles;
import com.buildappswith.booking.profile.application.OwnProfileView;
import com.buildappswith.booking.profile.model.InvalidProfileException;
import com.buildappswith.booking.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;

import java.io.Serializable;
import java.util.Optional;

/** A client applies to become a builder, or sees where their application stands. */
@Named
@ViewScoped
public class ApplyPage implements Serializable {

    @Inject
    private BuilderProfiles profiles;

    @Valid
    private final ProfileForm form = new ProfileForm();

    private OwnProfileView existing;

    @PostConstruct
    void load() {
        existing = profiles.mine().orElse(null);
    }

    public String apply() {
        try {
            profiles.apply(form.details());
        } catch (InvalidProfileException e) {
            Messages.error(null, e.getMessage());
            return null;
        }
        Messages.infoAfterRedirect("Thank you. An admin will review your application.");
        return "/account/apply?faces-redirect=true";
    }

    public ProfileForm getForm() {
        return form;
    }

    public Optional<OwnProfileView> getExisting() {
        return Optional.ofNullable(existing);
    }
}
