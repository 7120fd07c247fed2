package com.buildappswith.booking.container;

import com.buildappswith.booking.profile.application.AccountService;
import com.buildappswith.booking.profile.application.BuilderDirectory;
import com.buildappswith.booking.profile.application.BuilderView;
import com.buildappswith.booking.profile.model.EmailAddress;
import com.buildappswith.booking.profile.model.ProfileDetails;
import com.buildappswith.booking.scheduling.application.BookingRefusedException;
import com.buildappswith.booking.scheduling.application.BookingRequest;
import com.buildappswith.booking.scheduling.application.BookingView;
import com.buildappswith.booking.scheduling.application.BookingWizard;
import com.buildappswith.booking.scheduling.application.BuilderImport;
import com.buildappswith.booking.scheduling.application.ImportedBuilder;
import com.buildappswith.booking.scheduling.application.OfferedSession;
import com.buildappswith.booking.scheduling.application.SessionTypeCatalog;
import com.buildappswith.booking.scheduling.application.SlotView;
import com.buildappswith.booking.scheduling.application.WeeklyHours;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Booking a slot through the booking wizard as a signed-in client, on Payara Micro with scheduling and profile: the
 * transaction, its refusals and its role check. Each test imports a builder of its own and registers its own clients.
 */
@ExtendWith(ArquillianExtension.class)
class BookingWizardIT {

    private static final String PASSWORD = "a sufficiently long password";
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Deployment
    static WebArchive deployment() {
        return DomainArchive.of("booking-wizard-it", "scheduling", "profile", "policy")
                .addClasses(SignIn.CLASSES)
                .addClasses(BookingWizardIT.class, Refused.class);
    }

    @Inject
    private BookingWizard bookings;

    @Inject
    private BuilderImport builderImport;

    @Inject
    private BuilderDirectory directory;

    @Inject
    private SessionTypeCatalog catalog;

    @Inject
    private AccountService accounts;

    @Inject
    private SignIn signIn;

    @Inject
    private Clock clock;

    @Test
    void freeSessionIsConfirmedAtOnceAndItsSlotIsNoLongerOffered() throws Exception {
        NewSession session = freeSessionOfANewBuilder();
        SlotView slot = firstFreeSlot(session);
        signIn.as(newClient(), PASSWORD);

        BookingView booking = bookings.bookSlot(new BookingRequest(session.type(), slot.start(), KOLKATA, "Code review", ""));

        assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(booking.start()).isEqualTo(slot.start());
        assertThat(booking.end()).isEqualTo(slot.start().plus(Duration.ofMinutes(30)));
        assertThat(booking.clientStart().getZone()).isEqualTo(KOLKATA);
        assertThat(booking.holdExpiresAt()).isEmpty();
        assertThat(bookings.mine(booking.id())).contains(booking);
        assertThat(freeSlots(session)).extracting(SlotView::start).doesNotContain(slot.start());
    }

    @Test
    void secondClientAskingForTheSameSlotIsRefusedAsAConflict() throws Exception {
        NewSession session = freeSessionOfANewBuilder();
        Instant start = firstFreeSlot(session).start();
        signIn.as(newClient(), PASSWORD);
        bookings.bookSlot(new BookingRequest(session.type(), start, KOLKATA, "First", ""));

        signIn.as(newClient(), PASSWORD);

        assertThatThrownBy(() -> bookings.bookSlot(new BookingRequest(session.type(), start, KOLKATA, "Second", "")))
                .isInstanceOfSatisfying(BookingRefusedException.class,
                        refusal -> assertThat(refusal.isConflict()).isTrue());
        assertThat(bookings.mineBetween(start, start.plusSeconds(1))).isEmpty();
    }

    @Test
    void anonymousCallerCannotBook() {
        NewSession session = freeSessionOfANewBuilder();
        Instant start = firstFreeSlot(session).start();

        assertThatThrownBy(() -> bookings.bookSlot(new BookingRequest(session.type(), start, KOLKATA, "Anonymous", "")))
                .satisfies(Refused::byRole);
        assertThat(freeSlots(session)).extracting(SlotView::start).contains(start);
    }

    /** A builder and the id of their free session type. */
    private record NewSession(long builder, long type) {
    }

    /** A newly imported builder working 09:00-17:00 UTC every day, with their free 30-minute session. */
    private NewSession freeSessionOfANewBuilder() {
        String name = "Booking builder " + UUID.randomUUID();
        List<WeeklyHours> everyDay = Arrays.stream(DayOfWeek.values())
                .map(day -> new WeeklyHours(day, LocalTime.of(9, 0), LocalTime.of(17, 0)))
                .toList();
        builderImport.importBuilder(new ImportedBuilder(new EmailAddress(UUID.randomUUID() + "@example.com"),
                new ProfileDetails(name, "Headline", "Bio", List.of("Java"), ZoneOffset.UTC, Optional.empty()),
                List.of(new OfferedSession("Call", "A short call", Duration.ofMinutes(30), Optional.empty())),
                everyDay));
        long builderId = directory.publishedBuilders().stream()
                .filter(builder -> builder.displayName().equals(name))
                .map(BuilderView::id)
                .findFirst()
                .orElseThrow();
        return new NewSession(builderId, catalog.activeSessionTypes(builderId).get(0).id());
    }

    private String newClient() {
        String email = "booking-client-" + UUID.randomUUID() + "@example.com";
        accounts.register(email, "Booking client", KOLKATA, PASSWORD);
        return email;
    }

    private SlotView firstFreeSlot(NewSession session) {
        return freeSlots(session).get(0);
    }

    private List<SlotView> freeSlots(NewSession session) {
        LocalDate today = LocalDate.now(clock);
        return bookings.freeSlots(session.builder(), session.type(), today, today.plusDays(7), KOLKATA)
                .orElseThrow();
    }
}
