package com.buildappswith.booking.policy.application;

import com.buildappswith.booking.policy.infrastructure.JpaAdminAuditRepository;
import com.buildappswith.booking.policy.infrastructure.JpaPolicyRepository;
import com.buildappswith.booking.policy.model.AdminAuditEntry;
import com.buildappswith.booking.policy.model.AuditArea;
import com.buildappswith.booking.policy.model.CancellationPolicy;
import com.buildappswith.booking.policy.model.CancellationTerms;
import com.buildappswith.booking.policy.model.InvalidLimitsException;
import com.buildappswith.booking.policy.model.PolicyRefusedException;
import com.buildappswith.booking.policy.model.RefundTier;
import com.buildappswith.booking.policy.model.SiteLimits;
import com.buildappswith.booking.scheduling.application.TestDatabase;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Admins' changes of policies and limits against a real database (PostgreSQL when BOOKING_DB_URL names one, else
 * the embedded H2): what they store, what they refuse, and the audit row each writes in its own transaction.
 */
class PolicyAdministrationTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final String ADMIN = "admin@example.com";

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private String name;

    @BeforeEach
    void backToTheSeededSettings() {
        name = "Policy " + UUID.randomUUID().toString().substring(0, 8);
        DATABASE.inTransaction(entityManager -> entityManager.createNativeQuery("""
                UPDATE booking_settings SET default_policy_id = 1, max_upcoming = NULL,
                    max_upcoming_with_builder = NULL, holds_per_client = NULL, hold_cool_down_hours = NULL,
                    hold_minutes = NULL""").executeUpdate());
    }

    @Test
    void theSeededStandardPolicyIsTheSiteDefaultAndListedFirst() {
        List<PolicyView> all = policies(PolicyAdministration::all);

        assertThat(all.get(0).siteDefault()).isTrue();
        assertThat(all.get(0).terms()).isEqualTo(CancellationTerms.STANDARD);
        assertThat(all.get(0).published()).isTrue();
    }

    @Test
    void missingSettingsRowIsReportedAsUnavailableNotAsANullPointer() {
        assertThatThrownBy(() -> DATABASE.inTransaction(entityManager -> {
            entityManager.createNativeQuery("DELETE FROM booking_settings").executeUpdate();
            return new JpaPolicyRepository(entityManager).settings();
        })).isInstanceOfSatisfying(PolicyRefusedException.class, refused -> {
            assertThat(refused.type()).isEqualTo(ProblemType.UNAVAILABLE);
            assertThat(refused.getMessage()).startsWith("The site's booking settings are missing");
        });
        assertThat(policies(PolicyAdministration::all).get(0).siteDefault()).isTrue();
    }

    @Test
    void creatingAPolicyStoresItAndAuditsItsTerms() {
        PolicyView created = policies(administration -> administration.create(ADMIN, draft(name, 24, false)));

        assertThat(created.published()).isFalse();
        assertThat(created.siteDefault()).isFalse();
        assertThat(policies(PolicyAdministration::all)).extracting(PolicyView::id).contains(created.id());
        assertThat(policies(PolicyAdministration::published)).extracting(PolicyView::id)
                .doesNotContain(created.id());
        AdminAuditEntry entry = lastAudit(AuditArea.POLICY);
        assertThat(entry.actor()).isEqualTo(ADMIN);
        assertThat(entry.action()).isEqualTo("created");
        assertThat(entry.subject()).isEqualTo("policy " + created.id() + " \"" + name + "\"");
        assertThat(entry.before()).isEmpty();
        assertThat(entry.after()).contains(terms(name, 24) + " (not published)");
    }

    @Test
    void aNameIsTakenInAnyLetterCase() {
        policies(administration -> administration.create(ADMIN, draft(name, 24, true)));

        assertRefused(() -> policies(administration -> administration.create(ADMIN,
                draft(name.toUpperCase(), 12, true))), ProblemType.CONFLICT,
                "A policy named \"" + name + "\" exists already: choose another name.");
        assertRefused(() -> policies(administration -> administration.create(ADMIN, draft("standard", 12, true))),
                ProblemType.CONFLICT, "A policy named \"Standard\" exists already: choose another name.");
    }

    @Test
    void anEditNamesItsVersionAndAuditsBeforeAndAfter() {
        PolicyView created = policies(administration -> administration.create(ADMIN, draft(name, 24, false)));

        PolicyView edited = policies(administration -> administration.edit(ADMIN, created.id(), created.version(),
                draft(name, 36, true)));

        assertThat(edited.version()).isGreaterThan(created.version());
        assertThat(edited.terms()).isEqualTo(terms(name, 36));
        AdminAuditEntry entry = lastAudit(AuditArea.POLICY);
        assertThat(entry.action()).isEqualTo("edited and published");
        assertThat(entry.before()).contains(terms(name, 24) + " (not published)");
        assertThat(entry.after()).contains(terms(name, 36) + " (published)");
        PolicyView unpublished = policies(administration -> administration.edit(ADMIN, created.id(), edited.version(),
                draft(name, 36, false)));
        assertThat(lastAudit(AuditArea.POLICY).action()).isEqualTo("unpublished");
        long entries = auditCount();
        policies(administration -> administration.edit(ADMIN, created.id(), unpublished.version(),
                draft(name, 36, false)));
        assertThat(auditCount()).as("an edit that changes nothing writes nothing").isEqualTo(entries);
    }

    @Test
    void anEditOfAVersionSomeoneElseReplacedIsRefusedAndChangesNothing() {
        PolicyView created = policies(administration -> administration.create(ADMIN, draft(name, 24, true)));
        policies(administration -> administration.edit("other@example.com", created.id(), created.version(),
                draft(name, 30, true)));
        long entries = auditCount();

        assertRefused(() -> policies(administration -> administration.edit(ADMIN, created.id(), created.version(),
                draft(name, 12, true))), ProblemType.CONFLICT, PolicyRefusedException.CHANGED_MEANWHILE);
        assertThat(auditCount()).isEqualTo(entries);
        CancellationTerms stored = DATABASE.inTransaction(entityManager ->
                entityManager.find(CancellationPolicy.class, created.id()).terms());
        assertThat(stored).isEqualTo(terms(name, 30));
    }

    @Test
    void onlyAPublishedPolicyBecomesTheDefaultAndTheDefaultStaysPublished() {
        PolicyView hidden = policies(administration -> administration.create(ADMIN, draft(name, 24, false)));
        assertRefused(() -> policies(administration -> administration.makeSiteDefault(ADMIN, hidden.id())),
                ProblemType.NOT_ALLOWED, "Only a published policy can be the site default: publish \"" + name
                        + "\" first.");

        PolicyView shown = policies(administration -> administration.edit(ADMIN, hidden.id(), hidden.version(),
                draft(name, 24, true)));
        PolicyView madeDefault = policies(administration -> administration.makeSiteDefault(ADMIN, shown.id()));

        assertThat(madeDefault.siteDefault()).isTrue();
        AdminAuditEntry entry = lastAudit(AuditArea.POLICY);
        assertThat(entry.action()).isEqualTo("made site default");
        assertThat(entry.before()).contains(CancellationTerms.STANDARD + " (published)");
        assertThat(entry.after()).contains(terms(name, 24) + " (published)");
        assertRefused(() -> policies(administration -> administration.edit(ADMIN, shown.id(), madeDefault.version(),
                draft(name, 24, false))), ProblemType.NOT_ALLOWED, "\"" + name + "\" is the site default, so it "
                + "stays published: make another policy the default first.");
        assertThat(policies(PolicyAdministration::all).get(0).id()).isEqualTo(shown.id());
    }

    @Test
    void anUnknownPolicyOrSessionTypeIsNotFound() {
        assertRefused(() -> policies(administration -> administration.edit(ADMIN, 999_999, 1, draft(name, 1, true))),
                ProblemType.NOT_FOUND, "No such policy.");
        assertRefused(() -> policies(administration -> administration.makeSiteDefault(ADMIN, 999_999)),
                ProblemType.NOT_FOUND, "No such policy.");
        assertRefused(() -> policies(administration -> administration.termsOfSessionType(999_999)),
                ProblemType.NOT_FOUND, "No such session type.");
    }

    @Test
    void aChangeThatRollsBackLeavesNoAuditRow() {
        long entries = auditCount();

        assertThatThrownBy(() -> DATABASE.inTransaction(entityManager -> {
            administration(entityManager).create(ADMIN, draft(name, 24, true));
            throw new IllegalStateException("the transaction fails after the change");
        })).hasMessage("the transaction fails after the change");

        assertThat(auditCount()).isEqualTo(entries);
        assertThat(policies(PolicyAdministration::all)).extracting(PolicyView::name).doesNotContain(name);
    }

    @Test
    void limitsStartAsTheNodesOwnAndASaveStoresThemForEveryNodeWithAnAuditRow() {
        SiteLimits node = new SiteLimits(10, 3, 2, 24, 40);
        LimitsView before = limits(node, LimitAdministration::current);
        assertThat(before).isEqualTo(new LimitsView(10, 3, 2, 24, 40, false, before.version()));

        LimitsView saved = limits(node, administration -> administration.save(ADMIN,
                new LimitsDraft(5, 2, 1, 0, 20), before.version()));

        assertThat(saved).isEqualTo(new LimitsView(5, 2, 1, 0, 20, true, saved.version()));
        assertThat(saved.version()).isGreaterThan(before.version());
        assertThat(limits(SiteLimits.BUILT_IN, LimitAdministration::current)).isEqualTo(saved);
        AdminAuditEntry entry = lastAudit(AuditArea.LIMITS);
        assertThat(entry.action()).isEqualTo("saved limits");
        assertThat(entry.before()).contains("not set; this node applied " + node);
        assertThat(entry.after()).contains(new SiteLimits(5, 2, 1, 0, 20).toString());
    }

    @Test
    void aSaveOfLimitsSomeoneElseReplacedOrOutOfBoundsIsRefused() {
        LimitsView before = limits(SiteLimits.BUILT_IN, LimitAdministration::current);
        limits(SiteLimits.BUILT_IN, administration -> administration.save("other@example.com",
                new LimitsDraft(5, 2, 1, 0, 20), before.version()));
        long entries = auditCount();

        assertRefused(() -> limits(SiteLimits.BUILT_IN, administration -> administration.save(ADMIN,
                new LimitsDraft(6, 2, 1, 0, 20), before.version())), ProblemType.CONFLICT,
                PolicyRefusedException.CHANGED_MEANWHILE);
        LimitsView current = limits(SiteLimits.BUILT_IN, LimitAdministration::current);
        assertThatThrownBy(() -> limits(SiteLimits.BUILT_IN, administration -> administration.save(ADMIN,
                new LimitsDraft(2, 3, 1, 0, 20), current.version())))
                .isInstanceOf(InvalidLimitsException.class)
                .hasMessage("The upcoming bookings per client with one builder must be from 1 to 2, not 3.");
        assertThat(auditCount()).isEqualTo(entries);
        assertThat(limits(SiteLimits.BUILT_IN, LimitAdministration::current).maxUpcoming()).isEqualTo(5);
    }

    private static PolicyDraft draft(String name, int freeHours, boolean published) {
        return new PolicyDraft(terms(name, freeHours), published);
    }

    private static CancellationTerms terms(String name, int freeHours) {
        return new CancellationTerms(name, Duration.ofHours(freeHours),
                List.of(new RefundTier(Duration.ofHours(freeHours).dividedBy(2), 50)), Duration.ofHours(1), 1);
    }

    private static PolicyAdministration administration(EntityManager entityManager) {
        return new PolicyAdministration(new JpaPolicyRepository(entityManager),
                new JpaAdminAuditRepository(entityManager), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static <T> T policies(Function<PolicyAdministration, T> work) {
        return DATABASE.inTransaction(entityManager -> work.apply(administration(entityManager)));
    }

    private static <T> T limits(SiteLimits node, Function<LimitAdministration, T> work) {
        return DATABASE.inTransaction(entityManager -> work.apply(new LimitAdministration(
                new JpaPolicyRepository(entityManager), new JpaAdminAuditRepository(entityManager),
                Clock.fixed(NOW, ZoneOffset.UTC), node)));
    }

    private static AdminAuditEntry lastAudit(AuditArea area) {
        return DATABASE.inTransaction(entityManager -> new JpaAdminAuditRepository(entityManager)
                .recent(area, 0, 1).items().get(0));
    }

    private static long auditCount() {
        return DATABASE.inTransaction(entityManager -> entityManager.createQuery(
                "select count(e) from AdminAuditEntry e", Long.class).getSingleResult());
    }

    private static void assertRefused(Runnable change, ProblemType type, String message) {
        assertThatThrownBy(change::run)
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(refusal.type()).isEqualTo(type))
                .hasMessage(message);
    }
}
