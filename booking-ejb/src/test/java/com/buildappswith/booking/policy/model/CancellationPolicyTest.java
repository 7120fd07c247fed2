package com.buildappswith.booking.policy.model;

import com.buildappswith.booking.shared.ProblemType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A policy's own rules, and which terms a new booking gets. */
class CancellationPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final CancellationTerms FLEXIBLE = new CancellationTerms("Flexible", Duration.ofHours(24),
            List.of(new RefundTier(Duration.ZERO, 25)), Duration.ofHours(2), 3);

    @Test
    void aNewBookingGetsItsTypesPolicyWhileItIsPublished() {
        CancellationPolicy standard = new CancellationPolicy(CancellationTerms.STANDARD, true, NOW);
        CancellationPolicy flexible = new CancellationPolicy(FLEXIBLE, true, NOW);

        assertThat(CancellationPolicy.forNewBooking(Optional.of(flexible), standard)).isSameAs(flexible);
        assertThat(CancellationPolicy.forNewBooking(Optional.empty(), standard)).isSameAs(standard);
        flexible.revise(FLEXIBLE, false, false, NOW);
        assertThat(CancellationPolicy.forNewBooking(Optional.of(flexible), standard)).isSameAs(standard);
    }

    @Test
    void anEditChangesTheTermsForBookingsMadeFromNowOn() {
        CancellationPolicy policy = new CancellationPolicy(FLEXIBLE, true, NOW);

        assertThat(policy.revise(CancellationTerms.STANDARD, true, false, NOW.plusSeconds(60))).isTrue();

        assertThat(policy.terms()).isEqualTo(CancellationTerms.STANDARD);
        assertThat(policy.createdAt()).isEqualTo(NOW);
        assertThat(policy.updatedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void anEditThatChangesNothingSaysSo() {
        CancellationPolicy policy = new CancellationPolicy(FLEXIBLE, true, NOW);

        assertThat(policy.revise(FLEXIBLE, true, false, NOW.plusSeconds(60))).isFalse();
        assertThat(policy.updatedAt()).isEqualTo(NOW);
        assertThat(policy.revise(FLEXIBLE, false, false, NOW.plusSeconds(60))).isTrue();
    }

    @Test
    void theSiteDefaultStaysPublished() {
        CancellationPolicy policy = new CancellationPolicy(CancellationTerms.STANDARD, true, NOW);

        assertThatThrownBy(() -> policy.revise(CancellationTerms.STANDARD, false, true, NOW))
                .isInstanceOfSatisfying(PolicyRefusedException.class,
                        refusal -> assertThat(refusal.type()).isEqualTo(ProblemType.NOT_ALLOWED))
                .hasMessage("\"Standard\" is the site default, so it stays published: make another policy the "
                        + "default first.");
        assertThat(policy.isPublished()).isTrue();
    }

    @Test
    void describesItselfInOneLineForTheAuditLog() {
        assertThat(new CancellationPolicy(FLEXIBLE, false, NOW).describe()).isEqualTo("Flexible: free until 1440 "
                + "min before; 25 % from 0 min before; moves until 120 min before, at most 3 (not published)");
    }
}
