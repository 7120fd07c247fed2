package com.buildappswith.booking.web.admin;

import com.buildappswith.booking.policy.application.PolicyDraft;
import com.buildappswith.booking.policy.application.PolicyView;
import com.buildappswith.booking.policy.model.CancellationTerms;
import com.buildappswith.booking.policy.model.InvalidTermsException;
import com.buildappswith.booking.policy.model.RefundTier;
import com.buildappswith.booking.web.NoticeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class PolicyFormTest {

    @Test
    void aPolicyIsShownInTheLargestUnitThatMeasuresEachNotice() {
        CancellationTerms terms = new CancellationTerms("Mixed", Duration.ofDays(3),
                List.of(new RefundTier(Duration.ofHours(30), 40), new RefundTier(Duration.ofMinutes(90), 10)),
                Duration.ZERO, 1);

        PolicyForm form = PolicyForm.of(new PolicyView(4, 7, terms, true, false));

        assertThat(form.getFreeCancellationAmount()).isEqualTo(3);
        assertThat(form.getFreeCancellationUnit()).isEqualTo(NoticeUnit.DAYS);
        assertThat(form.getTiers()).extracting(PolicyForm.TierRow::getNoticeAmount, PolicyForm.TierRow::getNoticeUnit,
                PolicyForm.TierRow::getPercent).containsExactly(
                tuple(30, NoticeUnit.HOURS, 40),
                tuple(90, NoticeUnit.MINUTES, 10));
        assertThat(form.getRescheduleAmount()).isZero();
        assertThat(form.getVersion()).isEqualTo(7);
        assertThat(form.isNew()).isFalse();
    }

    @Test
    void aNewPolicyStartsFromTheStandardTermsWithoutAName() {
        PolicyForm form = PolicyForm.blank();

        assertThat(form.isNew()).isTrue();
        assertThat(form.getName()).isEmpty();
        assertThat(form.isPublished()).isFalse();
        form.setName("Copy");
        assertThat(form.draft().terms().tiers()).isEqualTo(CancellationTerms.STANDARD.tiers());
    }

    @Test
    void rowsAreAddedAtTheEndAndRemovedByTheirPlace() {
        PolicyForm form = PolicyForm.blank();
        form.addTier();
        form.getTiers().get(1).setPercent(20);

        form.removeTier(0);
        form.removeTier(5);

        assertThat(form.getTiers()).singleElement().extracting(PolicyForm.TierRow::getPercent).isEqualTo(20);
    }

    @Test
    void contradictoryTermsAreRefusedWithTheModelsMessage() {
        PolicyForm form = PolicyForm.blank();
        form.setName("Upside down");
        form.getTiers().get(0).setNoticeAmount(3);
        form.getTiers().get(0).setNoticeUnit(NoticeUnit.DAYS);

        assertThatThrownBy(form::draft).isInstanceOf(InvalidTermsException.class)
                .hasMessageContaining("less notice than free cancellation");
    }

    /** Whatever valid terms a policy has, the form shows them so that saving it unchanged keeps them exactly. */
    @ParameterizedTest
    @MethodSource("seeds")
    void savingAPolicyUnchangedKeepsItsTerms(long seed) {
        Random random = new Random(seed);
        CancellationTerms terms = randomTerms(random);
        boolean published = random.nextBoolean();

        PolicyDraft draft = PolicyForm.of(new PolicyView(2, 1, terms, published, false)).draft();

        assertThat(draft.terms()).isEqualTo(terms);
        assertThat(draft.published()).isEqualTo(published);
    }

    static Stream<Long> seeds() {
        return new Random(20261130L).longs(200).boxed();
    }

    private static CancellationTerms randomTerms(Random random) {
        long freeMinutes = randomNotice(random);
        List<RefundTier> tiers = new ArrayList<>();
        int percent = 99;
        long below = freeMinutes;
        int count = random.nextInt(4);
        while (tiers.size() < count && below > 0) {
            below = random.nextLong(below);
            percent = random.nextInt(percent + 1);
            tiers.add(new RefundTier(Duration.ofMinutes(below), percent));
        }
        return new CancellationTerms("Policy " + random.nextInt(1000), Duration.ofMinutes(freeMinutes), tiers,
                Duration.ofMinutes(randomNotice(random)), random.nextInt(CancellationTerms.MAX_RESCHEDULES + 1));
    }

    /** A notice in whole minutes, hours or days, up to a year, as admins type them. */
    private static long randomNotice(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> random.nextInt(525_601);
            case 1 -> random.nextInt(8_761) * 60L;
            default -> random.nextInt(366) * 1_440L;
        };
    }
}
