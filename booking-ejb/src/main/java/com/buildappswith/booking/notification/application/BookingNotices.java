package com.buildappswith.booking.notification.application;

import com.buildappswith.booking.notification.model.BookingFacts;
import com.buildappswith.booking.notification.model.BookingTransition;
import com.buildappswith.booking.notification.model.CalendarInvite;
import com.buildappswith.booking.notification.model.CalendarInvites;
import com.buildappswith.booking.notification.model.ChangedBy;
import com.buildappswith.booking.notification.model.ComposedNotice;
import com.buildappswith.booking.notification.model.IcsMethod;
import com.buildappswith.booking.notification.model.NoticeComposer;
import com.buildappswith.booking.notification.model.NoticeDetail;
import com.buildappswith.booking.notification.model.NoticeKind;
import com.buildappswith.booking.notification.model.NoticeLinks;
import com.buildappswith.booking.notification.model.NoticePlan;
import com.buildappswith.booking.notification.model.NoticeRepository;
import com.buildappswith.booking.notification.model.NoticeRules;
import com.buildappswith.booking.notification.model.Notification;
import com.buildappswith.booking.notification.model.OutboxMessage;
import com.buildappswith.booking.notification.model.Recipient;
import com.buildappswith.booking.payment.application.PaymentView;
import com.buildappswith.booking.payment.model.PaymentStatus;
import com.buildappswith.booking.payment.model.RefundSettled;
import com.buildappswith.booking.policy.model.CancellationTerms;
import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.scheduling.model.Booking;
import com.buildappswith.booking.scheduling.model.BookingChanged;
import com.buildappswith.booking.scheduling.model.BookingEvent;
import com.buildappswith.booking.scheduling.model.BookingOutline;
import com.buildappswith.booking.scheduling.model.BookingRepository;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.shared.Money;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the notices of booking changes, refunds and the jobs' once-per-start notices, inside the caller's
 * transaction: for each notice {@link NoticeRules} plans, an in-app notification for the recipient's account and,
 * where the plan says so, an outbox message with its calendar invite. Plain Java over repositories whose
 * transaction someone else owns: {@link BookingNoticeWriter} and {@link OnceNoticeWriter} in the server, the
 * database tests outside it.
 */
public final class BookingNotices implements OnceNotices {

    private final NoticeRepository notices;
    private final BookingRepository bookings;
    private final PaymentFacts payments;
    private final CalendarInvites invites;
    private final NoticeLinks links;
    private final Clock clock;

    public BookingNotices(NoticeRepository notices, BookingRepository bookings, PaymentFacts payments,
                          CalendarInvites invites, NoticeLinks links, Clock clock) {
        this.notices = Objects.requireNonNull(notices, "A notice repository is required.");
        this.bookings = Objects.requireNonNull(bookings, "A booking repository is required.");
        this.payments = Objects.requireNonNull(payments, "The payment facts are required.");
        this.invites = Objects.requireNonNull(invites, "A calendar invite writer is required.");
        this.links = Objects.requireNonNull(links, "The links are required.");
        this.clock = Objects.requireNonNull(clock, "A clock is required.");
    }

    /** Writes the notices of one stored booking event; most notes and the system's own completions write none. */
    public void changed(BookingChanged change) {
        Booking booking = change.booking();
        BookingEvent event = change.event();
        ChangedBy by = ChangedBy.of(event.actor(), booking.client().principalName(),
                booking.builder().account().principalName());
        BookingTransition transition = event.movedFrom().isPresent()
                ? BookingTransition.move(event.to(), by)
                : event.from().map(from -> BookingTransition.of(from, event.to(), by))
                        .orElseGet(() -> BookingTransition.created(event.to(), by));
        List<NoticePlan> plans = NoticeRules.forChange(transition);
        if (!plans.isEmpty()) {
            write(plans, facts(booking), detail(transition, booking, event));
        }
    }

    private NoticeDetail detail(BookingTransition transition, Booking booking, BookingEvent event) {
        long id = booking.id();
        if (transition.moved()) {
            Instant previous = event.movedFrom().orElseThrow();
            return new NoticeDetail.Rescheduled(transition.by(), previous,
                    previous.plus(Duration.between(booking.startsAt(), booking.endsAt())));
        }
        return switch (transition.to()) {
            case HELD -> new NoticeDetail.PaymentPending(booking.holdExpiresAt().orElseThrow());
            case CONFIRMED -> new NoticeDetail.Confirmed(transition.from().isEmpty() ? Optional.empty() : paid(id));
            case EXPIRED -> new NoticeDetail.HoldEnded(transition.by() == ChangedBy.CLIENT, event.reason());
            case CANCELLED_BY_CLIENT, CANCELLED_BY_BUILDER -> new NoticeDetail.Cancelled(transition.by(),
                    NoticeRules.statedReason(event.reason()), paid(id), payments.refundOnItsWay(id));
            case COMPLETED, NO_SHOW -> new NoticeDetail.Outcome(transition.to(), booking.outcomeNote());
        };
    }

    private Optional<Money> paid(long bookingId) {
        return payments.paymentOf(bookingId)
                .filter(payment -> payment.status() == PaymentStatus.PAID)
                .map(PaymentView::amount);
    }

    /** Tells the client that the money of a refund is back, or that it failed and is being retried. */
    public void refundSettled(RefundSettled settled) {
        Booking booking = bookings.byId(settled.bookingId()).orElseThrow(() -> new IllegalStateException(
                "Refund " + settled.refundId() + " belongs to booking " + settled.bookingId() + ", which is gone."));
        write(NoticeRules.forRefund(settled.succeeded()), facts(booking),
                new NoticeDetail.RefundSettled(settled.amount(), settled.succeeded()));
    }

    @Override
    public boolean writeOnce(long bookingId, NoticeKind kind, Instant startsAt) {
        return writeEachOnce(List.of(new Once(bookingId, kind, startsAt))) == 1;
    }

    /**
     * The chunk's bookings are read in one go (their outlines, not the entities, which the commit would compare with
     * their copies), the notices still due marked with one statement, and the notifications and messages of those
     * marked now written at the commit, all added at once: a job's chunk otherwise spent most of its time on a round
     * trip to the database for each booking, each mark and each row.
     */
    @Override
    public int writeEachOnce(List<Once> due) {
        Map<Long, BookingOutline> found = bookings.outlinesOf(due.stream().map(Once::bookingId).distinct().toList())
                .stream().collect(Collectors.toMap(BookingOutline::bookingId, Function.identity()));
        notices.writeAtCommit();
        List<Once> stillDue = due.stream()
                .filter(once -> Optional.ofNullable(found.get(once.bookingId()))
                        .filter(booking -> booking.status() == BookingStatus.CONFIRMED)
                        .filter(booking -> booking.startsAt().equals(once.startsAt()))
                        .isPresent())
                .toList();
        Set<NoticeRepository.Mark> marked = new HashSet<>(notices.markEachOnce(stillDue.stream().map(Once::mark)
                .toList(), clock.instant()));
        Rows rows = new Rows(new NoticeComposer(), clock.instant());
        int written = 0;
        for (Once once : stillDue) {
            if (marked.remove(once.mark())) {
                BookingOutline booking = found.get(once.bookingId());
                NoticeDetail detail = once.kind() == NoticeKind.CANCELLATION_WINDOW_CLOSED ? windowClosed(booking)
                        : new NoticeDetail.None();
                rows.compose(NoticeRules.once(once.kind()), facts(booking), detail);
                written++;
            }
        }
        notices.add(rows.notifications, rows.messages);
        return written;
    }

    private NoticeDetail windowClosed(BookingOutline booking) {
        Instant now = clock.instant();
        CancellationTerms terms = booking.terms();
        Instant start = booking.startsAt();
        Instant movesUntil = terms.rescheduleUntil(start);
        Optional<Instant> moves = terms.allowsAnotherReschedule(booking.rescheduleCount()) && movesUntil.isAfter(now)
                ? Optional.of(movesUntil) : Optional.empty();
        return new NoticeDetail.WindowClosed(terms.name(), terms.refundPercent(Duration.between(now, start)),
                paid(booking.bookingId()), moves);
    }

    private BookingFacts facts(Booking booking) {
        Account client = booking.client();
        Account builder = booking.builder().account();
        return new BookingFacts(booking.id(), booking.sessionType().name(), booking.price(), booking.startsAt(),
                booking.endsAt(), new Recipient(client.id(), client.email(), client.displayName(),
                booking.clientTimezone()), new Recipient(builder.id(), builder.email(), builder.displayName(),
                booking.builder().timezone()), booking.purpose(), links.booking(booking.id()),
                booking.rescheduleCount());
    }

    private BookingFacts facts(BookingOutline booking) {
        return new BookingFacts(booking.bookingId(), booking.sessionTypeName(), booking.price(), booking.startsAt(),
                booking.endsAt(), recipient(booking.client()), recipient(booking.builder()), booking.purpose(),
                links.booking(booking.bookingId()), booking.rescheduleCount());
    }

    private static Recipient recipient(BookingOutline.Party party) {
        return new Recipient(party.accountId(), party.email(), party.name(), party.zone());
    }

    private void write(List<NoticePlan> plans, BookingFacts facts, NoticeDetail detail) {
        Rows rows = new Rows(new NoticeComposer(), clock.instant());
        rows.compose(plans, facts, detail);
        notices.add(rows.notifications, rows.messages);
    }

    /** The notifications and messages of a unit of work, composed by one composer, added to the repository at once. */
    private final class Rows {

        private final NoticeComposer composer;
        private final Instant now;
        private final List<Notification> notifications = new ArrayList<>();
        private final List<OutboxMessage> messages = new ArrayList<>();

        Rows(NoticeComposer composer, Instant now) {
            this.composer = composer;
            this.now = now;
        }

        void compose(List<NoticePlan> plans, BookingFacts facts, NoticeDetail detail) {
            // Both parties' mails carry the same event: written once, as writing one took about a twentieth of a
            // booking request's server CPU (WildFly, profiled).
            Map<IcsMethod, CalendarInvite> written = new EnumMap<>(IcsMethod.class);
            for (NoticePlan plan : plans) {
                ComposedNotice notice = composer.compose(plan, facts, detail);
                Recipient recipient = facts.recipient(plan.to());
                notifications.add(new Notification(recipient.accountId(), plan.kind(), facts.bookingId(),
                        notice.inAppText(), now));
                if (plan.byEmail()) {
                    Optional<CalendarInvite> invite = plan.invite()
                            .map(method -> written.computeIfAbsent(method, writing -> invite(writing, facts, now)));
                    messages.add(new OutboxMessage(plan.kind(), facts.bookingId(), recipient, notice.subject(),
                            notice.textBody(), notice.htmlBody(), invite, links.mailDomain(), now));
                }
            }
        }
    }

    private CalendarInvite invite(IcsMethod method, BookingFacts facts, Instant now) {
        CalendarInvites.Event event = CalendarInvites.Event.of(facts, method, links.calendarUid(facts.bookingId()),
                now);
        return method == IcsMethod.CANCEL ? invites.cancel(event) : invites.request(event);
    }
}
