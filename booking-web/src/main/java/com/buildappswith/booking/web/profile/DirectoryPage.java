package com.buildappswith.booking.web.profile;

import com.buildappswith.booking.profile.application.BuilderDirectory;
import com.buildappswith.booking.profile.application.BuilderView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The directory of published builders on {@code /}. */
@Named
@RequestScoped
public class DirectoryPage {

    @Inject
    private BuilderDirectory directory;

    private List<BuilderView> builders;

    public List<BuilderView> getBuilders() {
        if (builders == null) {
            builders = directory.publishedBuilders();
        }
        return builders;
    }
}
