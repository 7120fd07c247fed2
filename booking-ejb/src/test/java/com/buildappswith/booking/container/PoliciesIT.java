package com.buildappswith.booking.container;

import com.buildappswith.booking.policy.application.AdminAudit;
import com.buildappswith.booking.policy.application.AuditEntryView;
import com.buildappswith.booking.policy.application.LimitsConsole;
import com.buildappswith.booking.policy.application.LimitsDraft;
import com.buildappswith.booking.policy.application.LimitsView;
import com.buildappswith.booking.policy.application.Policies;
import com.buildappswith.booking.policy.application.PolicyDraft;
import com.buildappswith.booking.policy.application.PolicyView;
import com.buildappswith.booking.policy.model.AuditArea;
import com.buildappswith.booking.policy.model.CancellationTerms;
import com.buildappswith.booking.policy.model.PolicyRefusedException;
import com.buildappswith.booking.policy.model.PolicyTerms;
import com.buildappswith.booking.policy.model.RefundTier;
import com.buildappswith.booking.policy.model.SiteLimits;
import com.buildappswith.booking.profile.application.AccountBootstrap;
import com.buildappswith.booking.profile.application.AccountService;
import com.buildappswith.booking.profile.application.DemoAccounts;
import com.buildappswith.booking.scheduling.application.BookingRefusedException;
import com.buildappswith.booking.scheduling.application.BookingRequest;
import com.buildappswith.booking.scheduling.application.BookingWizard;
import com.buildappswith.booking.scheduling.application.OfferedSession;
import com.buildappswith.booking.scheduling.application.SlotView;
import com.buildappswith.booking.scheduling.model.LimitRefusal;
import com.buildappswith.booking.shared.Settings;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The policy domain's facades on Payara Micro with scheduling and profile, called as the demo admin: policies and
 * limits stored with every change in the audit log, a stale edit refused, a saved limit applied by the very next
 * booking, and nobody but an admin let in. The tests put the site default and the limits back as they found them,
 * since the other tests of this layer share the database.
 */
@ExtendWith(ArquillianExtension.class)
class PoliciesIT {

    private static final String PASSWORD = "a sufficiently long password";
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Deployment
    static WebArchive deployment() {
        return DomainArchive.of("policies-it", "scheduling", "profile", "policy")
                .addClasses(SignIn.CLASSES)
                .addClasses(PoliciesIT.class, Refused.class, NewBuilders.class, NewBuilders.NewSession.class);
    }

    @Inject
    private Policies policies;

    @Inject
    private LimitsConsole limits;

    @Inject
    private AdminAudit audit;

    @Inject
    private AccountBootstrap bootstrap;

    @Inject
    private AccountService accounts;

    @Inject
    private BookingWizard bookings;

    @Inject
    private NewBuilders newBuilders;

    @Inject
    private SignIn signIn;

    @Inject
    private Clock clock;

    @BeforeEach
    void demoAdminExists() {
        Properties demoDataOn = new Properties();
        demoDataOn.setProperty("booking.demo.data", "true");
        bootstrap.bootstrap(new Settings(Map.of(), demoDataOn));
    }

    @Test
    void anAdminsPolicyChangesAreStoredAndAudited() throws Exception {
        signIn.as(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        String name = "IT " + UUID.randomUUID().toString().substring(0, 8);

        PolicyView created = policies.create(new PolicyDraft(terms(name, 24), true));
        PolicyView edited = policies.edit(created.id(), created.version(), new PolicyDraft(terms(name, 36), true));
        assertThatThrownBy(() -> policies.edit(created.id(), created.version(), new PolicyDraft(terms(name, 12),
                true))).isInstanceOf(PolicyRefusedException.class)
                .hasMessage(PolicyRefusedException.CHANGED_MEANWHILE);
        try {
            assertThat(policies.makeSiteDefault(edited.id()).siteDefault()).isTrue();
            assertThat(policies.all().get(0).id()).isEqualTo(edited.id());
            assertThat(policies.published()).extracting(PolicyView::id).contains(edited.id());
        } finally {
            policies.makeSiteDefault(PolicyTerms.STANDARD.policyId());
        }

        List<AuditEntryView> entries = audit.recent(AuditArea.POLICY, 0, 10).items();
        assertThat(entries).extracting(AuditEntryView::action)
                .startsWith("made site default", "made site default", "edited", "created");
        assertThat(entries.get(2).actor()).isEqualTo(DemoAccounts.ADMIN);
        assertThat(entries.get(2).before()).contains(terms(name, 24) + " (published)");
        assertThat(entries.get(2).after()).contains(terms(name, 36) + " (published)");
    }

    @Test
    void aLimitSavedInTheConsoleAppliesToTheNextBooking() throws Exception {
        signIn.as(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        LimitsView before = limits.current();
        LimitsView saved = limits.save(new LimitsDraft(10, 1, 2, 24, 15), before.version());
        try {
            assertThat(saved.setByAdmin()).isTrue();
            assertThat(audit.recent(AuditArea.LIMITS, 0, 1).items().get(0).after())
                    .contains(new SiteLimits(10, 1, 2, 24, 15).toString());
            Offer offer = offerOfANewBuilder();
            signIn.as(newClient(), PASSWORD);
            bookings.bookSlot(new BookingRequest(offer.type(), offer.slots().get(0).start(), KOLKATA, "First", ""));

            assertThatThrownBy(() -> bookings.bookSlot(new BookingRequest(offer.type(),
                    offer.slots().get(2).start(), KOLKATA, "Second", "")))
                    .isInstanceOf(BookingRefusedException.class)
                    .hasMessage(LimitRefusal.TOO_MANY_WITH_BUILDER.message());
        } finally {
            signIn.as(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
            SiteLimits usual = SiteLimits.BUILT_IN;
            limits.save(new LimitsDraft(usual.maxUpcoming(), usual.maxUpcomingWithBuilder(), usual.holdsPerClient(),
                    usual.holdCoolDownHours(), usual.holdMinutes()), limits.current().version());
        }
    }

    @Test
    void nobodyButAnAdminChangesPoliciesOrLimitsOrReadsTheLog() throws Exception {
        PolicyDraft draft = new PolicyDraft(terms("Never " + UUID.randomUUID(), 24), true);
        assertThatThrownBy(() -> policies.create(draft)).satisfies(Refused::byRole);
        assertThatThrownBy(() -> limits.current()).satisfies(Refused::byRole);
        assertThatThrownBy(() -> audit.recent(AuditArea.POLICY, 0, 10)).satisfies(Refused::byRole);

        signIn.as(newClient(), PASSWORD);
        assertThatThrownBy(() -> policies.create(draft)).satisfies(Refused::byRole);
        assertThatThrownBy(() -> policies.makeSiteDefault(1)).satisfies(Refused::byRole);
        assertThatThrownBy(() -> limits.save(new LimitsDraft(1, 1, 1, 0, 1), 1)).satisfies(Refused::byRole);
        assertThat(policies.termsOfSessionType(newBuilder().type())).isNotNull();
    }

    private static CancellationTerms terms(String name, int freeHours) {
        return new CancellationTerms(name, Duration.ofHours(freeHours),
                List.of(new RefundTier(Duration.ofHours(6), 50)), Duration.ofHours(2), 1);
    }

    /** A new builder's free session type and its free slots (every day 09:00 to 17:00 UTC) from tomorrow on. */
    private Offer offerOfANewBuilder() {
        NewBuilders.NewSession session = newBuilder();
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        return new Offer(session.type(), bookings.freeSlots(session.builder(), session.type(), tomorrow,
                tomorrow.plusDays(2), KOLKATA).orElseThrow());
    }

    private record Offer(long type, List<SlotView> slots) {
    }

    private NewBuilders.NewSession newBuilder() {
        return newBuilders.offering("Policy builder", new OfferedSession("Talk", "A free talk",
                Duration.ofMinutes(30), Optional.empty()));
    }

    private String newClient() {
        String email = "policy-client-" + UUID.randomUUID() + "@example.com";
        accounts.register(email, "Client", KOLKATA, PASSWORD);
        return email;
    }
}
