package com.buildappswith.booking.web.profile;

import com.buildappswith.booking.profile.application.BuilderDirectory;
import com.buildappswith.booking.profile.application.BuilderView;
import com.buildappswith.booking.scheduling.application.SessionTypeCatalog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.List;

/**
 * A builder's page: profile and the sessions they offer. Unknown builders, and unpublished ones for anyone but
 * their owner and admins, are a 404.
 */
@Named
@RequestScoped
public class BuilderPage {

    @Inject
    private BuilderDirectory directory;

    @Inject
    private SessionTypeCatalog catalog;

    @Inject
    private FacesContext faces;

    private Long id;
    private BuilderView builder;
    private List<SessionTypeRow> sessionTypes = List.of();

    public void load() throws IOException {
        builder = id == null ? null : directory.visibleBuilder(id).orElse(null);
        if (builder == null) {
            faces.getExternalContext().responseSendError(404, "No such builder");
            faces.responseComplete();
            return;
        }
        sessionTypes = catalog.activeSessionTypes(id).stream().map(SessionTypeRow::of).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public BuilderView getBuilder() {
        return builder;
    }

    public List<SessionTypeRow> getSessionTypes() {
        return sessionTypes;
    }
}
