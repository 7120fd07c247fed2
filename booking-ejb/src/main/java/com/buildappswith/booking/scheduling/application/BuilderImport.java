package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.application.BuilderProfiles;
import com.buildappswith.booking.profile.model.BuilderProfile;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import java.util.Optional;

/**
 * Creates published builders from an import file: the profile domain creates the builder, this domain what they
 * offer and when. A builder whose email already has an account is left as it is, so importing the same file again
 * changes nothing.
 */
@Stateless
public class BuilderImport {

    @EJB
    private BuilderProfiles profiles;

    @EJB
    private SessionTypeCatalog catalog;

    /** @return whether the builder was created; false when their email was already taken */
    public boolean importBuilder(ImportedBuilder imported) {
        Optional<BuilderProfile> created = profiles.importPublished(imported.email(), imported.profile());
        created.ifPresent(profile -> {
            imported.sessions().forEach(session -> catalog.offer(profile, session));
            imported.weeklyHours().forEach(hours -> catalog.addWeeklyHours(profile, hours));
        });
        return created.isPresent();
    }
}
