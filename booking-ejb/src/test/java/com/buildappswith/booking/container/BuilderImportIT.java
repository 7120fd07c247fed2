package com.buildappswith.booking.container;

import com.buildappswith.booking.profile.application.BuilderDirectory;
import com.buildappswith.booking.profile.application.BuilderView;
import com.buildappswith.booking.profile.model.EmailAddress;
import com.buildappswith.booking.profile.model.ProfileDetails;
import com.buildappswith.booking.scheduling.application.BuilderImport;
import com.buildappswith.booking.scheduling.application.ImportedBuilder;
import com.buildappswith.booking.scheduling.application.OfferedSession;
import com.buildappswith.booking.scheduling.application.SessionTypeCatalog;
import com.buildappswith.booking.scheduling.application.SessionTypeView;
import com.buildappswith.booking.scheduling.application.WeeklyHours;
import com.buildappswith.booking.shared.Money;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Importing builders with their session types and hours, on Payara Micro with scheduling and profile. */
@ExtendWith(ArquillianExtension.class)
class BuilderImportIT {

    @Deployment
    static WebArchive deployment() {
        return DomainArchive.of("builder-import-it", "scheduling", "profile", "policy")
                .addClass(BuilderImportIT.class);
    }

    @Inject
    private BuilderImport builderImport;

    @Inject
    private BuilderDirectory directory;

    @Inject
    private SessionTypeCatalog catalog;

    @Test
    void importedBuilderIsPublishedWithTheirSessionTypes() {
        ImportedBuilder imported = builder("Kolkata builder " + UUID.randomUUID());

        assertThat(builderImport.importBuilder(imported)).isTrue();

        BuilderView view = publishedNamed(imported.profile().displayName()).orElseThrow();
        assertThat(view.timezone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
        assertThat(view.expertise()).containsExactly("Java", "PostgreSQL");
        assertThat(view.bio()).isEqualTo("First line.\nSecond line.");
        assertThat(directory.publishedBuilder(view.id())).contains(view);

        List<SessionTypeView> types = catalog.activeSessionTypes(view.id());
        assertThat(types).extracting(SessionTypeView::name).containsExactly("Intro", "Deep dive");
        assertThat(types.get(0).isFree()).isTrue();
        assertThat(types.get(1).price()).contains(new Money(250_000, Currency.getInstance("INR")));
        assertThat(types.get(1).duration()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void importingTheSameEmailAgainChangesNothing() {
        ImportedBuilder first = builder("Repeat builder " + UUID.randomUUID());
        ImportedBuilder again = new ImportedBuilder(new EmailAddress(first.email().value().toUpperCase(Locale.ROOT)),
                new ProfileDetails(first.profile().displayName(), "Another headline", "Another bio", List.of(),
                        ZoneId.of("Europe/London"), Optional.empty()),
                first.sessions(), first.weeklyHours());

        assertThat(builderImport.importBuilder(first)).isTrue();
        assertThat(builderImport.importBuilder(again)).isFalse();

        assertThat(directory.publishedBuilders())
                .filteredOn(b -> b.displayName().equals(first.profile().displayName()))
                .singleElement()
                .satisfies(b -> assertThat(b.headline()).isEqualTo("Imported headline"));
    }

    @Test
    void unknownBuilderIsNotInTheDirectory() {
        assertThat(directory.publishedBuilder(Long.MAX_VALUE)).isEmpty();
    }

    private Optional<BuilderView> publishedNamed(String name) {
        return directory.publishedBuilders().stream().filter(b -> b.displayName().equals(name)).findFirst();
    }

    private static ImportedBuilder builder(String name) {
        return new ImportedBuilder(new EmailAddress(UUID.randomUUID() + "@example.com"),
                new ProfileDetails(name, "Imported headline", "First line.\nSecond line.",
                        List.of("Java", "PostgreSQL"), ZoneId.of("Asia/Kolkata"), Optional.empty()),
                List.of(new OfferedSession("Intro", "A short call", Duration.ofMinutes(20), Optional.empty()),
                        new OfferedSession("Deep dive", "A long session", Duration.ofMinutes(90),
                                Optional.of(new Money(250_000, Currency.getInstance("INR"))))),
                List.of(new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 30))));
    }
}
