package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.application.BuilderDirectory;
import com.buildappswith.booking.profile.application.BuilderView;
import com.buildappswith.booking.profile.application.CallerAccounts;
import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.profile.model.Roles;
import com.buildappswith.booking.scheduling.model.Availability;
import com.buildappswith.booking.scheduling.model.AvailabilityRepository;
import com.buildappswith.booking.scheduling.model.BookingPolicySource;
import com.buildappswith.booking.scheduling.model.BookingRepository;
import com.buildappswith.booking.scheduling.model.OccupiedTime;
import com.buildappswith.booking.scheduling.model.ScheduleOwnerRepository;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.scheduling.model.SessionTypeRepository;
import com.buildappswith.booking.scheduling.model.Slot;
import com.buildappswith.booking.scheduling.model.SlotFinder;
import com.buildappswith.booking.scheduling.model.TimeWindow;
import com.buildappswith.booking.shared.CalendarRange;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Booking a session, from choosing a builder and a session type, through the free slots in the viewer's own zone,
 * to the booking and the client's own bookings: the one entry point of the booking page, the calendar page, the
 * success page and the slots and bookings API. Looking is open to everyone; booking, to signed-in clients.
 */
@Stateless
@PermitAll
@DeclareRoles({Roles.CLIENT, Roles.BUILDER, Roles.ADMIN})
public class BookingWizard {

    /** One search covers at most this many days, so a request cannot ask the engine for years. */
    public static final int MAX_SEARCH_DAYS = 62;

    private static final Logger LOG = Logger.getLogger(BookingWizard.class.getName());

    @Inject
    private BuilderDirectory directory;

    @Inject
    private SessionTypeRepository sessionTypes;

    @Inject
    private ScheduleOwnerRepository owners;

    @Inject
    private AvailabilityRepository availabilities;

    @Inject
    private BookingRepository bookings;

    @Inject
    private AvailabilityCache availabilityCache;

    @Inject
    private CallerAccounts callers;

    @Inject
    private BookingPolicySource policies;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    private SlotBooker booker;

    @PostConstruct
    void prepare() {
        booker = new SlotBooker(callers, sessionTypes, owners, availabilities, bookings, availabilityCache, clock,
                policies);
    }

    /** The builders one can book, by name. */
    public List<BuilderView> builders() {
        return directory.publishedBuilders();
    }

    /** A listed builder with the session types they offer; empty for anyone else. */
    public Optional<BookableBuilder> builder(long builderId) {
        return directory.publishedBuilder(builderId).map(profile -> new BookableBuilder(profile,
                sessionTypesOf(builderId)));
    }

    /** The session types a builder offers, by length and name. */
    public List<SessionTypeView> sessionTypesOf(long builderId) {
        return sessionTypes.offeredBy(List.of(builderId)).stream().map(SessionTypeView::of).toList();
    }

    /**
     * Free slots of the builder's session type starting on the viewer's dates {@code from} to {@code to}, in the
     * viewer's zone; empty when the builder does not offer that type.
     *
     * @throws BookingRefusedException when the dates are out of order or too many, or the builder is not listed
     * @throws com.buildappswith.booking.shared.DomainException when a date lies outside {@link CalendarRange}
     */
    public Optional<List<SlotView>> freeSlots(long builderId, long sessionTypeId, LocalDate from, LocalDate to,
                                              ZoneId viewer) {
        return searchFreeSlots(builderId, sessionTypeId, from, to, viewer).map(FreeSlots::slots);
    }

    /**
     * The free slots of {@link #freeSlots}, with the instant until which they stay the answer while nothing in the
     * database changes: the first slot falling inside the minimum notice, a hold lapsing (see {@link FreeSlots}).
     */
    public Optional<FreeSlots> searchFreeSlots(long builderId, long sessionTypeId, LocalDate from, LocalDate to,
                                               ZoneId viewer) {
        CalendarRange.check("first date", from);
        CalendarRange.check("last date", to);
        Optional<SessionType> offered = sessionTypes.withBuilder(sessionTypeId)
                .filter(type -> type.isOfferedBy(builderId));
        if (offered.isEmpty()) {
            return Optional.empty();
        }
        if (to.isBefore(from)) {
            throw new BookingRefusedException("The end date must not be before the start date.", false);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_SEARCH_DAYS) {
            throw new BookingRefusedException("Search at most " + MAX_SEARCH_DAYS + " days at once.", false);
        }
        SessionType type = offered.filter(SessionType::isBookable)
                .orElseThrow(() -> new BookingRefusedException("No such session type is offered.", false));
        BuilderProfile builder = type.builder();
        // The builder's version was read with the session type, before the hours: hours read now are at least as new.
        Availability availability = availabilityCache.availability(builder.id(), builder.version(),
                () -> availabilities.of(builder).availability());
        Instant now = clock.instant();
        TimeWindow window = SlotFinder.searchWindow(from, to, viewer);
        List<OccupiedTime> occupied = bookings.occupied(builder, type, window.from(), window.until());
        List<Slot> slots = new SlotFinder(clock).freeSlots(type.slotRules(), availability,
                OccupiedTime.busyAt(occupied, now), from, to, viewer);
        Instant until = to.plusDays(1).atStartOfDay(viewer).toInstant();
        Instant unchangedUntil = SlotFinder.unchangedUntil(type.slotRules(), slots, now, until);
        Instant lapse = OccupiedTime.firstLapseAfter(occupied, now);
        return Optional.of(new FreeSlots(slots.stream().map(slot -> SlotView.of(slot, viewer)).toList(),
                lapse.isBefore(unchangedUntil) ? lapse : unchangedUntil));
    }

    /** Books a slot for the signed-in client, in one transaction; see {@link SlotBooker} for how it never oversells. */
    @RolesAllowed(Roles.CLIENT)
    public BookingView bookSlot(BookingRequest request) {
        BookingView booking = booker.book(context.getCallerPrincipal().getName(), request);
        LOG.fine(() -> "Booking " + booking.id() + " " + booking.status() + " for builder " + booking.builderId());
        return booking;
    }

    /**
     * Books a slot for the signed-in client as {@link #bookSlot} does and answers with the booking as its client reads
     * it on its own (as {@link BookingManagement#details} would), from the booking's own transaction: the booking
     * API's answer, without a second transaction to read back what this one wrote. A request repeated under its
     * idempotency key answers with the first one's booking.
     */
    @RolesAllowed(Roles.CLIENT)
    public NewBooking bookSlotAndShow(BookingRequest request) {
        NewBooking booked = booker.bookAndShow(context.getCallerPrincipal().getName(), request);
        LOG.fine(() -> "Booking " + booked.details().booking().id() + " " + booked.details().booking().status()
                + (booked.repeated() ? " (a repeated request)" : "") + " for builder "
                + booked.details().booking().builderId());
        return booked;
    }

    /** One of the caller's bookings, as its client or its builder; empty for anyone else's. */
    @RolesAllowed(Roles.CLIENT)
    public Optional<BookingView> mine(long bookingId) {
        Account caller = callers.requireCaller(context);
        return bookings.byId(bookingId).filter(booking -> booking.involves(caller)).map(booking -> BookingView.of(booking, clock.instant()));
    }

    /**
     * The history of one of the caller's bookings, as its client or its builder, oldest first, naming the parties
     * as the caller knows them (see {@link HistoryActors}); empty for others.
     */
    @RolesAllowed(Roles.CLIENT)
    public Optional<List<BookingHistoryEntry>> history(long bookingId) {
        Account caller = callers.requireCaller(context);
        return bookings.byId(bookingId).filter(booking -> booking.involves(caller))
                .map(booking -> {
                    HistoryActors actors = HistoryActors.of(booking, booking.client().id().equals(caller.id())
                            ? ViewerRole.CLIENT : ViewerRole.BUILDER, caller);
                    return bookings.eventsOf(booking).stream().map(event -> BookingHistoryEntry.of(event, actors))
                            .toList();
                });
    }

    /** The caller's own bookings (as client) that start in the window, earliest first. */
    @RolesAllowed(Roles.CLIENT)
    public List<BookingView> mineBetween(Instant from, Instant until) {
        return bookings.ofClientStartingBetween(callers.requireCaller(context), from, until).stream()
                .map(booking -> BookingView.of(booking, clock.instant()))
                .toList();
    }
}
