package com.buildappswith.booking.profile.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BuilderProfileTest {

    private static final ProfileDetails DETAILS = new ProfileDetails("Ada", "Architect", "Bio", List.of("Java"),
            ZoneId.of("Asia/Kolkata"), Optional.of("https://example.com/ada.png"));

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
}
