package com.buildappswith.booking.profile.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BuilderProfileTest {

    private static final ProfileDetails DETAILS = new ProfileDetails("Ada", "Architect", "Bio", List.of("Java"),
            ZoneId.of("Asia/Kolkata"), Optional.of("https://example.com/ada.png"));

    @Test
    void anImportedBuilderIsListedAtOnceButCannotSignInUntilGivenAPassword() {
        BuilderProfile profile = BuilderProfile.imported(new EmailAddress("Ada@Example.com"), DETAILS, Instant.EPOCH);

        assertThat(profile.isListed()).isTrue();
        assertThat(profile.status()).isEqualTo(ProfileStatus.APPROVED);
        assertThat(profile.appliedAt()).isEmpty();
        assertThat(profile.account().roles()).containsExactlyInAnyOrder(Role.CLIENT, Role.BUILDER);
        assertThat(profile.account().principalName()).isEqualTo("ada@example.com");
        assertThat(profile.account().canSignIn()).isFalse();
    }

    @Test
    void anImportedBuilderKeepsEveryDetailAsAnApplicationWould() {
        Account applicant = new Account("ada@example.com", "Ada", ZoneId.of("UTC"), Instant.EPOCH);
        BuilderProfile applied = BuilderProfile.application(applicant, DETAILS, Instant.EPOCH);
        BuilderProfile imported = BuilderProfile.imported(new EmailAddress("ada@example.com"), DETAILS,
                Instant.EPOCH);

        assertThat(imported).usingRecursiveComparison()
                .comparingOnlyFields("headline", "bio", "expertise", "timezone", "avatarUrl")
                .isEqualTo(applied);
        assertThat(imported.displayName()).isEqualTo(DETAILS.displayName());
        assertThat(imported.account().timezone()).isEqualTo(DETAILS.timezone());
    }

    @Test
    void anApplicationIsNotListedUntilApprovedAndPublished() {
        Account applicant = new Account("ada@example.com", "Ada", ZoneId.of("UTC"), Instant.EPOCH);
        BuilderProfile application = BuilderProfile.application(applicant, DETAILS, Instant.EPOCH);

        assertThat(application.isListed()).isFalse();
        application.approve();
        application.publish();

        assertThat(application.isListed()).isTrue();
        assertThat(applicant.has(Role.BUILDER)).isTrue();
    }

    @Test
    void anApplicationIsApprovedOnceAndAStalePageCannotApproveItAgain() {
        Account applicant = new Account("ada@example.com", "Ada", ZoneId.of("UTC"), Instant.EPOCH);
        BuilderProfile application = BuilderProfile.application(applicant, DETAILS, Instant.EPOCH);
        application.approve();

        assertThatThrownBy(application::approve).isInstanceOf(InvalidProfileException.class)
                .hasMessage("Ada has no application waiting for approval.");
        assertThat(application.status()).isEqualTo(ProfileStatus.APPROVED);
    }
}
