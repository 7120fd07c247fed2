package com.buildappswith.booking.scheduling.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The bounds of every slot rule, which the form, the API and the CSV import all meet through this one record. */
class SlotRulesTest {

    /** A rule set inside every bound; each case below moves one rule just past one. */
    private record Rules(int durationMinutes, int bufferBeforeMinutes, int bufferAfterMinutes, int noticeMinutes,
                         Duration horizon, int stepMinutes, int capacity, OptionalInt maxPerDay) {

        static final Rules VALID = new Rules(30, 0, 0, 0, Duration.ofDays(30), 30, 1, OptionalInt.empty());

        SlotRules build() {
            return new SlotRules(Duration.ofMinutes(durationMinutes), Duration.ofMinutes(bufferBeforeMinutes),
                    Duration.ofMinutes(bufferAfterMinutes), Duration.ofMinutes(noticeMinutes), horizon,
                    Duration.ofMinutes(stepMinutes), capacity, maxPerDay);
        }
    }

    static Stream<Arguments> rulesJustOutOfBounds() {
        return Stream.of(
                broken("session too short", r -> withDuration(r, 4), "A session lasts between 5 and 480 minutes."),
                broken("session too long", r -> withDuration(r, 481), "A session lasts between 5 and 480 minutes."),
                broken("negative buffer", r -> new Rules(30, -5, 0, 0, r.horizon(), 30, 1, OptionalInt.empty()),
                        "A buffer cannot be negative."),
                broken("buffer too long", r -> new Rules(30, 0, 241, 0, r.horizon(), 30, 1, OptionalInt.empty()),
                        "A buffer is at most 240 minutes."),
                broken("negative notice", r -> new Rules(30, 0, 0, -60, r.horizon(), 30, 1, OptionalInt.empty()),
                        "Minimum notice is between 0 and 10080 minutes (a week)."),
                broken("notice over a week", r -> new Rules(30, 0, 0, 10_081, r.horizon(), 30, 1,
                        OptionalInt.empty()), "Minimum notice is between 0 and 10080 minutes (a week)."),
                broken("no horizon", r -> withHorizon(Duration.ZERO),
                        "The booking horizon is between 1 and 365 whole days."),
                broken("horizon over a year", r -> withHorizon(Duration.ofDays(366)),
                        "The booking horizon is between 1 and 365 whole days."),
                broken("step too fine", r -> withStep(4), "Slots start between 5 and 480 minutes apart."),
                broken("step too coarse", r -> withStep(481), "Slots start between 5 and 480 minutes apart."),
                broken("no seat", r -> withCapacity(0), "A session takes between 1 and 100 clients."),
                broken("too many seats", r -> withCapacity(101), "A session takes between 1 and 100 clients."),
                broken("daily cap of none", r -> withCap(0), "A daily limit allows between 1 and 100 sessions."),
                broken("daily cap too high", r -> withCap(101), "A daily limit allows between 1 and 100 sessions."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesJustOutOfBounds")
    void refusesARuleJustPastItsBound(String what, Rules rules, String message) {
        assertThatThrownBy(rules::build).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void acceptsEveryRuleAtItsBounds() {
        assertThatCode(() -> new SlotRules(Duration.ofMinutes(SlotRules.SHORTEST_SESSION_MINUTES),
                Duration.ofMinutes(SlotRules.LONGEST_BUFFER_MINUTES), Duration.ZERO,
                Duration.ofMinutes(SlotRules.LONGEST_NOTICE_MINUTES), Duration.ofDays(SlotRules.LONGEST_HORIZON_DAYS),
                Duration.ofMinutes(SlotRules.SHORTEST_STEP_MINUTES), SlotRules.LARGEST_CAPACITY,
                OptionalInt.of(SlotRules.LARGEST_DAILY_CAP))).doesNotThrowAnyException();
        assertThatCode(() -> new SlotRules(Duration.ofMinutes(SlotRules.LONGEST_SESSION_MINUTES), Duration.ZERO,
                Duration.ZERO, Duration.ZERO, Duration.ofDays(1), Duration.ofMinutes(SlotRules.LONGEST_STEP_MINUTES),
                1, OptionalInt.of(1))).doesNotThrowAnyException();
    }

    @Test
    void namesWhatIsMissing() {
        assertThatNullPointerException().isThrownBy(() -> new SlotRules(Duration.ofMinutes(30), Duration.ZERO,
                        Duration.ZERO, Duration.ZERO, null, Duration.ofMinutes(30), 1, OptionalInt.empty()))
                .withMessage("Booking horizon is required.");
    }

    private static Arguments broken(String what, UnaryOperator<Rules> change, String message) {
        return arguments(what, change.apply(Rules.VALID), message);
    }

    private static Rules withDuration(Rules rules, int minutes) {
        return new Rules(minutes, 0, 0, 0, rules.horizon(), 30, 1, OptionalInt.empty());
    }

    private static Rules withHorizon(Duration horizon) {
        return new Rules(30, 0, 0, 0, horizon, 30, 1, OptionalInt.empty());
    }

    private static Rules withStep(int minutes) {
        return new Rules(30, 0, 0, 0, Duration.ofDays(30), minutes, 1, OptionalInt.empty());
    }

    private static Rules withCapacity(int capacity) {
        return new Rules(30, 0, 0, 0, Duration.ofDays(30), 30, capacity, OptionalInt.empty());
    }

    private static Rules withCap(int cap) {
        return new Rules(30, 0, 0, 0, Duration.ofDays(30), 30, 1, OptionalInt.of(cap));
    }
}
