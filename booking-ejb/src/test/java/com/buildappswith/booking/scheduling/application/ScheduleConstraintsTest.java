package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.profile.model.Role;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.scheduling.model.SlotRules;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The database's own refusal of rows that break the model's rules, whatever writes them: every row here is inserted
 * with plain SQL, past every check of the application, on PostgreSQL when BOOKING_DB_URL names one and on H2
 * otherwise (the rules are the same SQL on both). Each bad row is one column away from a good one, and the bounds
 * are those of {@link SlotRules}, so the database and the model cannot drift apart unnoticed.
 */
class ScheduleConstraintsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final OffsetDateTime TEN = OffsetDateTime.parse("2026-12-07T10:00:00Z");
    private static final AtomicLong IDS = new AtomicLong(800_000_000);

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private long builderId;
    private long typeId;
    private long otherBuildersTypeId;
    private long clientId;

    @BeforeEach
    void seed() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        DATABASE.inTransaction(entityManager -> {
            BuilderProfile builder = builder(entityManager, "builder-" + run);
            BuilderProfile other = builder(entityManager, "other-" + run);
            SessionType type = new SessionType(builder, "Review", "One to one", Duration.ofHours(1), null);
            SessionType othersType = new SessionType(other, "Workshop", "Together", Duration.ofHours(1), null);
            entityManager.persist(type);
            entityManager.persist(othersType);
            Account client = account(entityManager, "client-" + run);
            entityManager.flush();
            builderId = builder.id();
            typeId = type.id();
            otherBuildersTypeId = othersType.id();
            clientId = client.id();
            return null;
        });
    }

    static Stream<Arguments> sessionTypeRulesOutOfBounds() {
        return Stream.of(
                Arguments.of("buffer_before_minutes", -1, "session_type_buffers_within_bounds"),
                Arguments.of("buffer_after_minutes", SlotRules.LONGEST_BUFFER_MINUTES + 1,
                        "session_type_buffers_within_bounds"),
                Arguments.of("minimum_notice_minutes", -1, "session_type_notice_within_bounds"),
                Arguments.of("minimum_notice_minutes", SlotRules.LONGEST_NOTICE_MINUTES + 1,
                        "session_type_notice_within_bounds"),
                Arguments.of("horizon_days", 0, "session_type_horizon_within_bounds"),
                Arguments.of("horizon_days", SlotRules.LONGEST_HORIZON_DAYS + 1, "session_type_horizon_within_bounds"),
                Arguments.of("step_minutes", SlotRules.SHORTEST_STEP_MINUTES - 1, "session_type_step_within_bounds"),
                Arguments.of("step_minutes", SlotRules.LONGEST_STEP_MINUTES + 1, "session_type_step_within_bounds"),
                Arguments.of("capacity", 0, "session_type_capacity_within_bounds"),
                Arguments.of("capacity", SlotRules.LARGEST_CAPACITY + 1, "session_type_capacity_within_bounds"),
                Arguments.of("max_per_day", 0, "session_type_daily_cap_within_bounds"),
                Arguments.of("max_per_day", SlotRules.LARGEST_DAILY_CAP + 1, "session_type_daily_cap_within_bounds"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("sessionTypeRulesOutOfBounds")
    void refusesSessionTypeRulesOutsideTheModelsBounds(String column, int value, String constraint) {
        assertRefusedBy(constraint, () -> insert("session_type", sessionType(), column, value));
    }

    @Test
    void acceptsSessionTypeRulesAtTheModelsBounds() {
        Map<String, Object> widest = sessionType();
        widest.put("buffer_before_minutes", SlotRules.LONGEST_BUFFER_MINUTES);
        widest.put("buffer_after_minutes", SlotRules.LONGEST_BUFFER_MINUTES);
        widest.put("minimum_notice_minutes", SlotRules.LONGEST_NOTICE_MINUTES);
        widest.put("horizon_days", SlotRules.LONGEST_HORIZON_DAYS);
        widest.put("step_minutes", SlotRules.LONGEST_STEP_MINUTES);
        widest.put("capacity", SlotRules.LARGEST_CAPACITY);
        widest.put("max_per_day", SlotRules.LARGEST_DAILY_CAP);
        widest.put("duration_minutes", SlotRules.LONGEST_SESSION_MINUTES);
        Map<String, Object> narrowest = sessionType();
        narrowest.put("minimum_notice_minutes", 0);
        narrowest.put("horizon_days", 1);
        narrowest.put("step_minutes", SlotRules.SHORTEST_STEP_MINUTES);
        narrowest.put("max_per_day", 1);

        assertThatCode(() -> insert("session_type", widest)).doesNotThrowAnyException();
        assertThatCode(() -> insert("session_type", narrowest)).doesNotThrowAnyException();
    }

    static Stream<Arguments> malformedExceptions() {
        return Stream.of(
                Arguments.of("an unknown kind", "kind", "HOLIDAY", "availability_exception_kind_known"),
                Arguments.of("an override without a date", "override_date", null,
                        "availability_exception_override_has_a_date_and_both_ends"),
                Arguments.of("an override with a start only", "end_time", null,
                        "availability_exception_override_has_a_date_and_both_ends"),
                Arguments.of("an override with instants", "starts_at", TEN,
                        "availability_exception_override_has_a_date_and_both_ends"),
                Arguments.of("an override ending before it starts", "end_time", LocalTime.of(8, 0),
                        "availability_exception_override_starts_before_it_ends"),
                Arguments.of("an override ending as it starts", "end_time", LocalTime.of(9, 0),
                        "availability_exception_override_starts_before_it_ends"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedExceptions")
    void refusesMalformedDateOverrides(String what, String column, Object value, String constraint) {
        assertRefusedBy(constraint, () -> insert("availability_exception", override(), column, value));
    }

    static Stream<Arguments> malformedTimeOff() {
        return Stream.of(
                Arguments.of("time off without an end", "ends_at", null,
                        "availability_exception_time_off_has_both_instants"),
                Arguments.of("time off with a date", "override_date", LocalDate.of(2026, 12, 7),
                        "availability_exception_time_off_has_both_instants"),
                Arguments.of("time off with hours", "start_time", LocalTime.of(9, 0),
                        "availability_exception_time_off_has_both_instants"),
                Arguments.of("time off ending as it starts", "ends_at", TEN,
                        "availability_exception_time_off_starts_before_it_ends"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedTimeOff")
    void refusesMalformedTimeOff(String what, String column, Object value, String constraint) {
        assertRefusedBy(constraint, () -> insert("availability_exception", timeOff(), column, value));
    }

    @Test
    void acceptsWellFormedExceptionsIncludingHoursToMidnightAndAClosedDay() {
        Map<String, Object> toMidnight = override();
        toMidnight.put("end_time", LocalTime.MIDNIGHT);
        Map<String, Object> closed = override();
        closed.put("start_time", null);
        closed.put("end_time", null);

        assertThatCode(() -> insert("availability_exception", override())).doesNotThrowAnyException();
        assertThatCode(() -> insert("availability_exception", toMidnight)).doesNotThrowAnyException();
        assertThatCode(() -> insert("availability_exception", closed)).doesNotThrowAnyException();
        assertThatCode(() -> insert("availability_exception", timeOff())).doesNotThrowAnyException();
    }

    @Test
    void refusesWeeklyHoursOnAnUnknownDayOrValidUntilBeforeFrom() {
        assertRefusedBy("weekly_availability_day_known",
                () -> insert("weekly_availability", weekly(), "day_of_week", "FUNDAY"));
        Map<String, Object> backwards = weekly();
        backwards.put("valid_from", LocalDate.of(2026, 12, 8));
        assertRefusedBy("weekly_availability_valid_from_before_until",
                () -> insert("weekly_availability", backwards, "valid_until", LocalDate.of(2026, 12, 7)));
    }

    @Test
    void refusesAnUnknownBookingStatus() {
        assertRefusedBy("booking_status_known", () -> insert("booking", booking(), "status", "PENDING"));
    }

    @Test
    void refusesAHoldWithoutItsExpiry() {
        assertRefusedBy("booking_held_until_its_hold_expires",
                () -> insert("booking", booking(), "hold_expires_at", null));
    }

    @Test
    void refusesABookingMovedMoreOftenThanItsTermsAllow() {
        assertRefusedBy("booking_moved_within_its_terms", () -> insert("booking", booking(), "reschedule_count", 3));
    }

    @Test
    void refusesAnOutcomeNoteOnASessionThatHasNotTakenPlace() {
        assertRefusedBy("booking_outcome_after_the_session",
                () -> insert("booking", booking(), "outcome_note", "went well"));
    }

    @Test
    void refusesABookingWithAnotherBuildersSessionType() {
        assertRefusedBy("booking_with_the_builder_of_its_session_type",
                () -> insert("booking", booking(), "session_type_id", otherBuildersTypeId));
    }

    /**
     * The window queries look back from a window's start by the longest session and both longest buffers; a booking
     * occupying one minute longer would be missed by them, so the database refuses it.
     */
    @Test
    void refusesABookingOccupyingLongerThanTheLongestSessionWithItsBuffers() {
        long longestMinutes = SlotRules.LONGEST_SESSION_MINUTES + 2L * SlotRules.LONGEST_BUFFER_MINUTES;
        Map<String, Object> longest = booking();
        longest.put("occupied_from", TEN.minusMinutes(SlotRules.LONGEST_BUFFER_MINUTES));
        longest.put("occupied_until", TEN.minusMinutes(SlotRules.LONGEST_BUFFER_MINUTES).plusMinutes(longestMinutes));
        Map<String, Object> longer = new LinkedHashMap<>(longest);
        longer.put("id", IDS.incrementAndGet());
        longer.put("starts_at", TEN.plusDays(1));
        longer.put("ends_at", TEN.plusDays(1).plusHours(1));
        longer.put("occupied_from", TEN.plusDays(1).minusMinutes(SlotRules.LONGEST_BUFFER_MINUTES));
        longer.put("occupied_until", TEN.plusDays(1).minusMinutes(SlotRules.LONGEST_BUFFER_MINUTES)
                .plusMinutes(longestMinutes + 1));

        assertThatCode(() -> insert("booking", longest)).doesNotThrowAnyException();
        assertRefusedBy("booking_occupies_at_most_the_longest_session", () -> insert("booking", longer));
    }

    @Test
    void refusesAnUnknownStatusInTheAuditTrail() {
        Map<String, Object> booking = booking();
        insert("booking", booking);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", IDS.incrementAndGet());
        event.put("booking_id", booking.get("id"));
        event.put("from_status", null);
        event.put("to_status", "HELD");
        event.put("actor", "test");
        event.put("reason", "test");
        event.put("at", TEN);

        assertRefusedBy("booking_event_statuses_known", () -> insert("booking_event", event, "to_status", "GONE"));
        assertThatCode(() -> insert("booking_event", event)).doesNotThrowAnyException();
    }

    private Map<String, Object> sessionType() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", IDS.incrementAndGet());
        row.put("builder_id", builderId);
        row.put("name", "Call");
        row.put("description", "");
        row.put("duration_minutes", 60);
        row.put("active", true);
        row.put("version", 1);
        row.put("buffer_before_minutes", 0);
        row.put("buffer_after_minutes", 0);
        row.put("minimum_notice_minutes", 240);
        row.put("horizon_days", 60);
        row.put("step_minutes", 30);
        row.put("capacity", 1);
        row.put("max_per_day", null);
        return row;
    }

    private Map<String, Object> override() {
        Map<String, Object> row = exception("OVERRIDE");
        row.put("override_date", LocalDate.of(2026, 12, 7));
        row.put("start_time", LocalTime.of(9, 0));
        row.put("end_time", LocalTime.of(12, 0));
        row.put("starts_at", null);
        row.put("ends_at", null);
        return row;
    }

    private Map<String, Object> timeOff() {
        Map<String, Object> row = exception("TIME_OFF");
        row.put("override_date", null);
        row.put("start_time", null);
        row.put("end_time", null);
        row.put("starts_at", TEN);
        row.put("ends_at", TEN.plusDays(1));
        return row;
    }

    private Map<String, Object> exception(String kind) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", IDS.incrementAndGet());
        row.put("builder_id", builderId);
        row.put("kind", kind);
        return row;
    }

    private Map<String, Object> weekly() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", IDS.incrementAndGet());
        row.put("builder_id", builderId);
        row.put("day_of_week", "MONDAY");
        row.put("start_time", LocalTime.of(9, 0));
        row.put("end_time", LocalTime.of(17, 0));
        row.put("valid_from", null);
        row.put("valid_until", null);
        return row;
    }

    /** A HELD booking of the builder's own type at ten, its hour plus 15 minutes after occupied. */
    private Map<String, Object> booking() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", IDS.incrementAndGet());
        row.put("builder_id", builderId);
        row.put("client_id", clientId);
        row.put("session_type_id", typeId);
        row.put("starts_at", TEN);
        row.put("first_starts_at", TEN);
        row.put("ends_at", TEN.plusHours(1));
        row.put("occupied_from", TEN);
        row.put("occupied_until", TEN.plusMinutes(75));
        row.put("single_client", false);
        row.put("client_timezone", "Europe/London");
        row.put("purpose", "test");
        row.put("notes", "");
        row.put("status", "HELD");
        row.put("hold_expires_at", TEN.minusDays(1));
        row.put("created_at", TEN.minusDays(7));
        row.put("policy_id", 1);
        row.put("policy_name", "Standard");
        row.put("terms_free_cancel_minutes", 2880);
        row.put("terms_refund_tiers", "1440:50");
        row.put("terms_reschedule_minutes", 1440);
        row.put("terms_max_reschedules", 2);
        row.put("reschedule_count", 0);
        row.put("outcome_note", null);
        row.put("version", 1);
        // The Standard terms, as V7 gives every booking (the seeded policy 1).
        row.put("policy_id", 1);
        row.put("policy_name", "Standard");
        row.put("terms_free_cancel_minutes", 2880);
        row.put("terms_refund_tiers", "1440:50");
        row.put("terms_reschedule_minutes", 1440);
        row.put("terms_max_reschedules", 2);
        return row;
    }

    private static void insert(String table, Map<String, Object> row, String column, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(row);
        if (!changed.containsKey(column)) {
            throw new IllegalArgumentException("No column " + column + " in " + table);
        }
        changed.put(column, value);
        insert(table, changed);
    }

    /**
     * Plain SQL in a transaction of its own, the values as parameters; a null is written as the literal, because
     * EclipseLink binds a null parameter as text, which PostgreSQL refuses for a column of another type.
     */
    private static void insert(String table, Map<String, Object> row) {
        List<String> columns = new ArrayList<>(row.keySet());
        List<Object> values = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        for (String column : columns) {
            Object value = row.get(column);
            placeholders.add(value == null ? "null" : "?");
            if (value != null) {
                values.add(value);
            }
        }
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", placeholders) + ")";
        DATABASE.inTransaction(entityManager -> {
            Query insert = entityManager.createNativeQuery(sql);
            for (int i = 0; i < values.size(); i++) {
                insert.setParameter(i + 1, values.get(i));
            }
            return insert.executeUpdate();
        });
    }

    private static void assertRefusedBy(String constraint, Runnable insert) {
        Throwable refusal = catchThrowable(insert::run);
        assertThat(refusal).as("refused by " + constraint).isNotNull();
        StringWriter trace = new StringWriter();
        refusal.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString().toLowerCase(Locale.ROOT)).contains(constraint);
    }

    private static BuilderProfile builder(EntityManager entityManager, String name) {
        BuilderProfile builder = new BuilderProfile(account(entityManager, name), "Builds", "Bio", List.of("java"),
                LONDON);
        entityManager.persist(builder);
        return builder;
    }

    private static Account account(EntityManager entityManager, String name) {
        Account account = new Account(name + "@example.com", name, LONDON, Instant.parse("2026-11-01T00:00:00Z"));
        account.grant(Role.CLIENT);
        entityManager.persist(account);
        return account;
    }
}
