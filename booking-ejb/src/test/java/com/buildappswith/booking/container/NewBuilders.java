package com.buildappswith.booking.container;

import com.buildappswith.booking.profile.application.BuilderDirectory;
import com.buildappswith.booking.profile.application.BuilderView;
import com.buildappswith.booking.profile.model.EmailAddress;
import com.buildappswith.booking.profile.model.ProfileDetails;
import com.buildappswith.booking.scheduling.application.BuilderImport;
import com.buildappswith.booking.scheduling.application.ImportedBuilder;
import com.buildappswith.booking.scheduling.application.OfferedSession;
import com.buildappswith.booking.scheduling.application.SessionTypeCatalog;
import com.buildappswith.booking.scheduling.application.WeeklyHours;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Builders of a test's own, imported as the import job does: listed, working 09:00 to 17:00 UTC every day, offering
 * one session type. Archives using it add this class (with the scheduling and profile domains).
 */
@Dependent
public class NewBuilders {

    @Inject
    private BuilderImport builderImport;

    @Inject
    private BuilderDirectory directory;

    @Inject
    private SessionTypeCatalog catalog;

    /** A new builder, named {@code namePrefix} and a random part, offering {@code session}. */
    public NewSession offering(String namePrefix, OfferedSession session) {
        String name = namePrefix + " " + UUID.randomUUID();
        List<WeeklyHours> everyDay = Arrays.stream(DayOfWeek.values())
                .map(day -> new WeeklyHours(day, LocalTime.of(9, 0), LocalTime.of(17, 0)))
                .toList();
        builderImport.importBuilder(new ImportedBuilder(new EmailAddress(UUID.randomUUID() + "@example.com"),
                new ProfileDetails(name, "Headline", "Bio", List.of("Java"), ZoneOffset.UTC, Optional.empty()),
                List.of(session), everyDay));
        long builderId = directory.publishedBuilders().stream()
                .filter(builder -> builder.displayName().equals(name))
                .map(BuilderView::id)
                .findFirst()
                .orElseThrow();
        return new NewSession(builderId, catalog.activeSessionTypes(builderId).get(0).id());
    }

    /** A builder and the id of the session type they offer. */
    public record NewSession(long builder, long type) {
    }
}
