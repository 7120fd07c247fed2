package com.buildappswith.booking.container;

import com.buildappswith.booking.container.NewBuilders.NewSession;
import com.buildappswith.booking.profile.application.AccountService;
import com.buildappswith.booking.scheduling.application.BookingRequest;
import com.buildappswith.booking.scheduling.application.BookingView;
import com.buildappswith.booking.scheduling.application.BookingWizard;
import com.buildappswith.booking.scheduling.application.OfferedSession;
import com.buildappswith.booking.scheduling.application.SlotView;
import com.buildappswith.booking.shared.Money;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Clients of a test's own, registered and signed in, and the free slots they book from, as the booking page shows
 * them in the client's zone (Asia/Kolkata). Archives using it add {@link #CLASSES} (with the scheduling, profile and
 * policy domains).
 */
@Dependent
public class NewClients {

    static final String PASSWORD = "a sufficiently long password";
    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    static final Money PRICE = new Money(4900, Currency.getInstance("EUR"));
    /** This class and what it uses: signing in, new builders, the check of a refusal by role. */
    static final Class<?>[] CLASSES = Stream.concat(Stream.of(SignIn.CLASSES),
            Stream.of(NewClients.class, NewBuilders.class, NewSession.class, Refused.class)).toArray(Class<?>[]::new);

    @Inject
    private BookingWizard bookings;

    @Inject
    private NewBuilders newBuilders;

    @Inject
    private AccountService accounts;

    @Inject
    private SignIn signIn;

    @Inject
    private Clock clock;

    /**
     * A new client, signed in, holding the first free slot of a new builder's paid session from {@code daysAhead}
     * days ahead (within a week of it).
     */
    public BookingView heldByNewClient(String builderName, int daysAhead) throws ServletException {
        NewSession session = newBuilders.offering(builderName, new OfferedSession("Review", "A paid review",
                Duration.ofMinutes(30), Optional.of(PRICE)));
        SlotView slot = freeSlots(session, daysAhead).get(0);
        signInNewClient();
        return bookings.bookSlot(new BookingRequest(session.type(), slot.start(), KOLKATA, "Review", ""));
    }

    /** The session's free slots from {@code daysAhead} days ahead, for a week, in the client's zone. */
    public List<SlotView> freeSlots(NewSession session, int daysAhead) {
        LocalDate first = LocalDate.now(clock).plusDays(daysAhead);
        return bookings.freeSlots(session.builder(), session.type(), first, first.plusDays(7), KOLKATA)
                .orElseThrow();
    }

    /** Registers a new client and signs them in; their email. */
    public String signInNewClient() throws ServletException {
        String email = "client-" + UUID.randomUUID() + "@example.com";
        accounts.register(email, "Test client", KOLKATA, PASSWORD);
        signIn.as(email, PASSWORD);
        return email;
    }
}
