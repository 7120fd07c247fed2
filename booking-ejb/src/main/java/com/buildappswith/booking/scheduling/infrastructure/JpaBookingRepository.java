package com.buildappswith.booking.scheduling.infrastructure;

import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.model.BookedTime;
import com.buildappswith.booking.scheduling.model.Booking;
import com.buildappswith.booking.scheduling.model.BookingChanged;
import com.buildappswith.booking.scheduling.model.BookingEvent;
import com.buildappswith.booking.scheduling.model.BookingOutline;
import com.buildappswith.booking.scheduling.model.BookingRepository;
import com.buildappswith.booking.scheduling.model.BookingSearch;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.scheduling.model.IdempotencyKey;
import com.buildappswith.booking.scheduling.model.KeyedRequest;
import com.buildappswith.booking.scheduling.model.OccupiedTime;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.scheduling.model.SlotRules;
import com.buildappswith.booking.scheduling.model.UpcomingBooking;
import com.buildappswith.booking.shared.Page;
import com.buildappswith.booking.shared.persistence.DatabaseFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Bookings and their events in the application's database, through the transaction's entity manager. Every event it
 * stores is announced as a {@link BookingChanged}, synchronously and so in the same transaction, once the event is
 * written or queued to be: whoever must hear of the change (the notification domain's outbox) writes with it.
 */
@ApplicationScoped
public class JpaBookingRepository implements BookingRepository {

    /**
     * The statuses that occupy a slot, HELD and CONFIRMED, written into the queries: given as a list parameter, they
     * would make EclipseLink rewrite the query's SQL on every execution.
     */
    private static final String OCCUPYING_STATUSES = "(com.buildappswith.booking.scheduling.model.BookingStatus.HELD, "
            + "com.buildappswith.booking.scheduling.model.BookingStatus.CONFIRMED)";

    /** The statuses a builder's calendar shows: bookings that took place or will. */
    /**
     * A client's booking still to come at {@code :now}, as the dashboard shows it: the status people see then (a
     * lapsed hold reads EXPIRED, see {@link com.buildappswith.booking.scheduling.model.BookingStatus#seenAt}) is
     * HELD or CONFIRMED, and it has not ended.
     */
    private static final String CLIENT_UPCOMING = "(b.endsAt > :now and (b.status = "
            + "com.buildappswith.booking.scheduling.model.BookingStatus.CONFIRMED or (b.status = "
            + "com.buildappswith.booking.scheduling.model.BookingStatus.HELD and b.holdExpiresAt > :now)))";

    private static final String SHOWN_STATUSES = "(com.buildappswith.booking.scheduling.model.BookingStatus.HELD, "
            + "com.buildappswith.booking.scheduling.model.BookingStatus.CONFIRMED, "
            + "com.buildappswith.booking.scheduling.model.BookingStatus.COMPLETED, "
            + "com.buildappswith.booking.scheduling.model.BookingStatus.NO_SHOW)";

    /**
     * No booking occupies more than its longest session plus two of the longest buffers, so one that touches the
     * window starts after {@code from} minus that: the lower bound lets the (builder, occupied_from) index skip a
     * builder's history instead of scanning it.
     */
    private static final Duration LONGEST_OCCUPANCY =
            SessionType.LONGEST.plus(SlotRules.LONGEST_BUFFER.multipliedBy(2));

    private final EntityManager entityManager;
    private final Consumer<BookingChanged> changes;

    @Inject
    public JpaBookingRepository(EntityManager entityManager, Event<BookingChanged> changes) {
        this(entityManager, (Consumer<BookingChanged>) changes::fire);
    }

    /**
     * Outside the server (benchmarks, database tests): every change goes to {@code changes} in the caller's
     * transaction, so a caller that leaves notices out says so explicitly.
     */
    public JpaBookingRepository(EntityManager entityManager, Consumer<BookingChanged> changes) {
        this.entityManager = entityManager;
        this.changes = Objects.requireNonNull(changes, "Who hears of the changes is required.");
    }

    /** For CDI's proxy only. */
    protected JpaBookingRepository() {
        this.entityManager = null;
        this.changes = null;
    }

    @Override
    public void writeAtCommit() {
        entityManager.setFlushMode(FlushModeType.COMMIT);
    }

    @Override
    public void writeNow() {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            throw DatabaseFailure.behind(e).orElseThrow(() -> e);
        }
    }

    @Override
    public Optional<Booking> byId(long bookingId) {
        return Optional.ofNullable(entityManager.find(Booking.class, bookingId));
    }

    @Override
    public List<BookingOutline> outlinesOf(Collection<Long> bookingIds) {
        if (bookingIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                        select new com.buildappswith.booking.scheduling.model.BookingOutline(
                            b.id, b.status, b.startsAt, b.endsAt, t.name, b.price,
                            c.id, c.email, c.displayName, b.clientTimezone,
                            a.id, a.email, a.displayName, p.timezone, b.purpose, b.rescheduleCount, b.terms)
                        from Booking b join b.sessionType t join b.client c join b.builder p join p.account a
                        where b.id in :ids""", BookingOutline.class)
                .setParameter("ids", bookingIds)
                .getResultList();
    }

    /**
     * Comparing the type here, rather than selecting its id, spares a join per row (EclipseLink reads
     * {@code b.sessionType.id} through the session type's table).
     */
    @Override
    public List<OccupiedTime> occupied(BuilderProfile builder, SessionType type, Instant from, Instant until) {
        return entityManager.createQuery("""
                        select new com.buildappswith.booking.scheduling.model.OccupiedTime(
                            b.id, b.startsAt, b.endsAt, b.occupiedFrom, b.occupiedUntil,
                            case when b.sessionType = :type then true else false end, b.status, b.holdExpiresAt)
                        from Booking b
                        where b.builder = :builder
                          and b.occupiedFrom > :earliest and b.occupiedFrom < :until and b.occupiedUntil > :from
                          and b.status in\s""" + OCCUPYING_STATUSES, OccupiedTime.class)
                .setParameter("type", type)
                .setParameter("builder", builder)
                .setParameter("earliest", from.minus(LONGEST_OCCUPANCY))
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList();
    }

    /**
     * Whether each booking is with this builder is compared here: selecting {@code b.builder.id} would join the
     * builder's table on every row.
     */
    @Override
    public List<UpcomingBooking> upcomingOf(Account client, BuilderProfile builder, Instant now) {
        return entityManager.createQuery("""
                        select new com.buildappswith.booking.scheduling.model.UpcomingBooking(b.startsAt, b.endsAt,
                            case when b.builder = :builder then true else false end, b.status, b.holdExpiresAt)
                        from Booking b
                        where b.client = :client and b.endsAt > :now
                          and b.status in\s""" + OCCUPYING_STATUSES, UpcomingBooking.class)
                .setParameter("builder", builder)
                .setParameter("client", client)
                .setParameter("now", now)
                .getResultList();
    }

    @Override
    public List<UpcomingBooking> upcomingOfOtherThan(Booking moving, Account client, BuilderProfile builder,
                                                     Instant now) {
        return entityManager.createQuery("""
                        select new com.buildappswith.booking.scheduling.model.UpcomingBooking(b.startsAt, b.endsAt,
                            case when b.builder = :builder then true else false end, b.status, b.holdExpiresAt)
                        from Booking b
                        where b.client = :client and b.endsAt > :now and b.id <> :moving
                          and b.status in\s""" + OCCUPYING_STATUSES, UpcomingBooking.class)
                .setParameter("builder", builder)
                .setParameter("client", client)
                .setParameter("now", now)
                .setParameter("moving", moving.id())
                .getResultList();
    }

    @Override
    public Page<Booking> upcomingOfClient(Account client, Instant now, int offset, int limit) {
        return clientPage(client, now, CLIENT_UPCOMING, " order by b.startsAt, b.id", offset, limit);
    }

    @Override
    public Page<Booking> pastOfClient(Account client, Instant now, int offset, int limit) {
        return clientPage(client, now, "not " + CLIENT_UPCOMING, " order by b.startsAt desc, b.id desc", offset,
                limit);
    }

    private Page<Booking> clientPage(Account client, Instant now, String condition, String order, int offset,
                                     int limit) {
        String where = " from Booking b where b.client = :client and " + condition;
        int bounded = Page.boundedLimit(limit);
        int first = Math.max(0, offset);
        long total = entityManager.createQuery("select count(b)" + where, Long.class)
                .setParameter("client", client)
                .setParameter("now", now)
                .getSingleResult();
        List<Booking> items = entityManager.createQuery("select b" + where + order, Booking.class)
                .setParameter("client", client)
                .setParameter("now", now)
                .setFirstResult(first)
                .setMaxResults(bounded)
                .getResultList();
        return new Page<>(items, total, first, bounded);
    }

    @Override
    public List<Long> buildersBookedBy(Account client, int max) {
        return entityManager.createQuery("select b.builder.id from Booking b where b.client = :client "
                        + "group by b.builder.id order by max(b.startsAt) desc, b.builder.id", Long.class)
                .setParameter("client", client)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * The conditions are written only for the parts the search has, so the database is never asked to compare with
     * a parameter that is absent. Names are compared in lower case on both sides (the normalized email is lower case
     * already); the pattern escapes its own wildcards with {@code !}.
     */
    @Override
    public Page<Booking> search(BookingSearch search, int offset, int limit) {
        List<String> conditions = new ArrayList<>();
        search.builder().ifPresent(builder -> conditions.add("b.builder = :builder"));
        search.from().ifPresent(from -> conditions.add("b.startsAt >= :from"));
        search.until().ifPresent(until -> conditions.add("b.startsAt < :until"));
        search.status().ifPresent(status -> conditions.add(statusCondition(status)));
        search.clientText().ifPresent(text -> conditions.add("(lower(b.client.displayName) like :clientText escape '!' "
                + "or b.client.emailNormalized like :clientText escape '!')"));
        search.builderText().ifPresent(text -> conditions.add("(lower(b.builder.account.displayName) like :builderText "
                + "escape '!' or b.builder.account.emailNormalized like :builderText escape '!')"));
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        String order = search.latestFirst() ? " order by b.startsAt desc, b.id desc" : " order by b.startsAt, b.id";
        TypedQuery<Long> count = entityManager.createQuery("select count(b) from Booking b" + where, Long.class);
        TypedQuery<Booking> page = entityManager.createQuery("select b from Booking b" + where + order, Booking.class);
        bind(search, count);
        bind(search, page);
        int bounded = Page.boundedLimit(limit);
        int first = Math.max(0, offset);
        return new Page<>(page.setFirstResult(first).setMaxResults(bounded).getResultList(), count.getSingleResult(),
                first, bounded);
    }

    /**
     * The status as people see it, asked of the database: a hold counts as HELD only while it is live, and one that
     * lapsed (swept or not yet) as EXPIRED, as {@link BookingStatus#seenAt} says.
     */
    private static String statusCondition(BookingStatus status) {
        return switch (status) {
            case HELD -> "(b.status = com.buildappswith.booking.scheduling.model.BookingStatus.HELD "
                    + "and b.holdExpiresAt > :seenAt)";
            case EXPIRED -> "(b.status = com.buildappswith.booking.scheduling.model.BookingStatus.EXPIRED "
                    + "or (b.status = com.buildappswith.booking.scheduling.model.BookingStatus.HELD "
                    + "and b.holdExpiresAt <= :seenAt))";
            default -> "b.status = :status";
        };
    }

    private static void bind(BookingSearch search, TypedQuery<?> query) {
        search.builder().ifPresent(builder -> query.setParameter("builder", builder));
        search.from().ifPresent(from -> query.setParameter("from", from));
        search.until().ifPresent(until -> query.setParameter("until", until));
        search.status().ifPresent(status -> {
            if (status == BookingStatus.HELD || status == BookingStatus.EXPIRED) {
                query.setParameter("seenAt", search.seenAt());
            } else {
                query.setParameter("status", status);
            }
        });
        search.clientText().ifPresent(text -> query.setParameter("clientText", BookingSearch.containing(text)));
        search.builderText().ifPresent(text -> query.setParameter("builderText", BookingSearch.containing(text)));
    }

    @Override
    public List<Instant> holdExpiriesOf(Account client, SessionType type, Instant start) {
        return entityManager.createQuery("""
                        select b.holdExpiresAt from Booking b
                        where b.client = :client and b.sessionType = :type and b.startsAt = :start
                          and b.holdExpiresAt is not null
                          and b.status in (com.buildappswith.booking.scheduling.model.BookingStatus.HELD,
                                           com.buildappswith.booking.scheduling.model.BookingStatus.EXPIRED)""",
                        Instant.class)
                .setParameter("client", client)
                .setParameter("type", type)
                .setParameter("start", start)
                .getResultList();
    }

    @Override
    public List<Booking> ofClientStartingBetween(Account client, Instant from, Instant until) {
        return entityManager.createQuery("""
                        select b from Booking b
                        where b.client = :client and b.startsAt >= :from and b.startsAt < :until
                        order by b.startsAt""", Booking.class)
                .setParameter("client", client)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList();
    }

    @Override
    public List<BookedTime> onCalendarOf(BuilderProfile builder, Instant from, Instant until) {
        return entityManager.createQuery("""
                        select new com.buildappswith.booking.scheduling.model.BookedTime(
                            b.id, b.startsAt, b.endsAt, b.sessionType.name, b.client.displayName, b.status,
                            b.holdExpiresAt)
                        from Booking b
                        where b.builder = :builder and b.endsAt > :from and b.startsAt < :until
                          and b.status in\s""" + SHOWN_STATUSES, BookedTime.class)
                .setParameter("builder", builder)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList();
    }

    @Override
    public boolean add(Booking booking, BookingEvent created) {
        entityManager.persist(booking);
        entityManager.persist(created);
        return announcedUnlessTaken(booking, created);
    }

    @Override
    public boolean recordMove(BookingEvent move) {
        entityManager.persist(move);
        return announcedUnlessTaken(move.booking(), move);
    }

    /** A change the database refused as taken rolls back: nobody hears of it. */
    private boolean announcedUnlessTaken(Booking booking, BookingEvent event) {
        boolean written = writtenUnlessTaken();
        if (written) {
            changes.accept(new BookingChanged(booking, event));
        }
        return written;
    }

    private boolean writtenUnlessTaken() {
        try {
            entityManager.flush();
            return true;
        } catch (PersistenceException e) {
            if (DatabaseFailure.of(e).filter(kind -> kind == DatabaseFailure.TAKEN).isPresent()) {
                return false;
            }
            throw DatabaseFailure.behind(e).orElseThrow(() -> e);
        }
    }

    @Override
    public Optional<KeyedRequest> byIdempotencyKey(Account client, IdempotencyKey key) {
        List<?> rows = entityManager.createNativeQuery("""
                        SELECT fingerprint, booking_id FROM booking_request_key
                        WHERE account_id = ? AND request_key = ?""")
                .setParameter(1, client.id())
                .setParameter(2, key.value())
                .getResultList();
        return rows.stream().findFirst()
                .map(row -> (Object[]) row)
                .map(row -> new KeyedRequest((String) row[0], ((Number) row[1]).longValue()));
    }

    @Override
    public void rememberIdempotencyKey(Account client, IdempotencyKey key, String fingerprint, Booking booking,
                                       Instant at) {
        entityManager.createNativeQuery("""
                        INSERT INTO booking_request_key (account_id, request_key, fingerprint, booking_id, created_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .setParameter(1, client.id())
                .setParameter(2, key.value())
                .setParameter(3, fingerprint)
                .setParameter(4, booking.id())
                .setParameter(5, at.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    @Override
    public int forgetIdempotencyKeys(Instant before, int atMost) {
        return entityManager.createNativeQuery("""
                        DELETE FROM booking_request_key WHERE created_at < ?1 AND (account_id, request_key) IN (
                            SELECT account_id, request_key FROM booking_request_key WHERE created_at < ?1
                            ORDER BY created_at FETCH FIRST ?2 ROWS ONLY)""")
                .setParameter(1, before.atOffset(ZoneOffset.UTC))
                .setParameter(2, atMost)
                .executeUpdate();
    }

    @Override
    public List<BookingEvent> eventsOf(Booking booking) {
        return entityManager.createQuery(
                        "select e from BookingEvent e where e.booking = :booking order by e.at, e.id", BookingEvent.class)
                .setParameter("booking", booking)
                .getResultList();
    }

    @Override
    public void refresh(Booking booking) {
        entityManager.refresh(booking);
    }

    @Override
    public List<Long> lapsedHolds(Instant now, int limit) {
        return entityManager.createQuery("""
                        select b.id from Booking b
                        where b.status = com.buildappswith.booking.scheduling.model.BookingStatus.HELD
                          and b.holdExpiresAt <= :now
                        order by b.holdExpiresAt""", Long.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void record(BookingEvent change) {
        entityManager.persist(change);
        changes.accept(new BookingChanged(change.booking(), change));
    }
}
