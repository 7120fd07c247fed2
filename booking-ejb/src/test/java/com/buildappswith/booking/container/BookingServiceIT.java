package com.buildappswith.booking.container;

import com.buildappswith.booking.profile.application.AccountService;
import com.buildappswith.booking.profile.application.BuilderDirectory;
import com.buildappswith.booking.profile.application.BuilderImport;
import com.buildappswith.booking.profile.application.BuilderView;
import com.buildappswith.booking.profile.application.ImportedBuilder;
import com.buildappswith.booking.scheduling.application.BookingRefusedException;
import com.buildappswith.booking.scheduling.application.BookingRequest;
import com.buildappswith.booking.scheduling.application.BookingService;
import com.buildappswith.booking.scheduling.application.BookingView;
import com.buildappswith.booking.scheduling.application.OfferedSession;
import com.buildappswith.booking.scheduling.application.SessionTypeCatalog;
import com.buildappswith.booking.scheduling.application.SlotSearch;
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
 * Booking a slot through the service as a signed-in client, on Payara Micro with scheduling and profile: the
 * transaction, its refusals and its role check. Each test imports a builder of its own and registers its own clients.
 */
@ExtendWith(ArquillianExtension.class)
class BookingServiceIT {

    private static final String PASSWORD = "a sufficiently long password";
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Deployment
    static WebArchive deployment() {
        return DomainArchive.of("booking-service-it", "scheduling", "profile")
                .addClasses(SignIn.CLASSES)
                .addClasses(BookingServiceIT.class, Refused.class);
    }

    @Inject
    private BookingService bookings;

    @Inject
    private SlotSearch slots;

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
        long type = freeSessionOfANewBuilder();
        SlotView slot = firstFreeSlot(type);
        signIn.as(newClient(), PASSWORD);

        BookingView booking = bookings.bookSlot(new BookingRequest(type, slot.start(), KOLKATA, "Code review", ""));

        assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(booking.start()).isEqualTo(slot.start());
        assertThat(booking.end()).isEqualTo(slot.start().plus(Duration.ofMinutes(30)));
        assertThat(booking.clientStart().getZone()).isEqualTo(KOLKATA);
        assertThat(booking.holdExpiresAt()).isEmpty();
        assertThat(bookings.mine(booking.id())).contains(booking);
        assertThat(freeSlots(type)).extracting(SlotView::start).doesNotContain(slot.start());
    }

    @Test
    void secondClientAskingForTheSameSlotIsRefusedAsAConflict() throws Exception {
        long type = freeSessionOfANewBuilder();
        Instant start = firstFreeSlot(type).start();
        signIn.as(newClient(), PASSWORD);
        bookings.bookSlot(new BookingRequest(type, start, KOLKATA, "First", ""));

        signIn.as(newClient(), PASSWORD);

        assertThatThrownBy(() -> bookings.bookSlot(new BookingRequest(type, start, KOLKATA, "Second", "")))
                .isInstanceOfSatisfying(BookingRefusedException.class,
                        refusal -> assertThat(refusal.isConflict()).isTrue());
        assertThat(bookings.mineBetween(start, start.plusSeconds(1))).isEmpty();
    }

    @Test
    void anonymousCallerCannotBook() {
        long type = freeSessionOfANewBuilder();
        Instant start = firstFreeSlot(type).start();

        assertThatThrownBy(() -> bookings.bookSlot(new BookingRequest(type, start, KOLKATA, "Anonymous", "")))
                .satisfies(Refused::byRole);
        assertThat(freeSlots(type)).extracting(SlotView::start).contains(start);
    }

    /** A newly imported builder working 09:00-17:00 UTC every day, and the id of their free 30-minute session. */
    private long freeSessionOfANewBuilder() {
        String name = "Booking builder " + UUID.randomUUID();
        List<WeeklyHours> everyDay = Arrays.stream(DayOfWeek.values())
                .map(day -> new WeeklyHours(day, LocalTime.of(9, 0), LocalTime.of(17, 0)))
                .toList();
        builderImport.importBuilder(new ImportedBuilder(UUID.randomUUID() + "@example.com", name, "Headline", "Bio",
                List.of("Java"), ZoneOffset.UTC,
                List.of(new OfferedSession("Call", "A short call", Duration.ofMinutes(30), Optional.empty())),
                everyDay));
        long builderId = directory.publishedBuilders().stream()
                .filter(builder -> builder.displayName().equals(name))
                .map(BuilderView::id)
                .findFirst()
                .orElseThrow();
        return catalog.activeSessionTypes(builderId).get(0).id();
    }

    private String newClient() {
        String email = "booking-client-" + UUID.randomUUID() + "@example.com";
        accounts.register(email, "Booking client", KOLKATA, PASSWORD);
        return email;
    }

    private SlotView firstFreeSlot(long type) {
        return freeSlots(type).get(0);
    }

    private List<SlotView> freeSlots(long type) {
        LocalDate today = LocalDate.now(clock);
        return slots.freeSlots(type, today, today.plusDays(7), KOLKATA);
    }
}
