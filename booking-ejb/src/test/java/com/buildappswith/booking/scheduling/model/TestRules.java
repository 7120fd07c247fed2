package com.buildappswith.booking.scheduling.model;

import java.time.Duration;
import java.util.OptionalInt;

/** Slot rules for tests: a one-to-one session with no buffers, notice or cap unless a test says otherwise. */
final class TestRules {

    private Duration duration = Duration.ofMinutes(30);
    private Duration step = Duration.ofMinutes(30);
    private Duration bufferBefore = Duration.ZERO;
    private Duration bufferAfter = Duration.ZERO;
    private Duration notice = Duration.ZERO;
    private Duration horizon = Duration.ofDays(SlotRules.LONGEST_HORIZON_DAYS);
    private int capacity = 1;
    private OptionalInt maxPerDay = OptionalInt.empty();

    static TestRules sessionOf(int minutes) {
        TestRules rules = new TestRules();
        rules.duration = Duration.ofMinutes(minutes);
        rules.step = rules.duration;
        return rules;
    }

    TestRules every(int minutes) {
        step = Duration.ofMinutes(minutes);
        return this;
    }

    TestRules buffers(int beforeMinutes, int afterMinutes) {
        bufferBefore = Duration.ofMinutes(beforeMinutes);
        bufferAfter = Duration.ofMinutes(afterMinutes);
        return this;
    }

    TestRules notice(Duration notice) {
        this.notice = notice;
        return this;
    }

    TestRules horizon(Duration horizon) {
        this.horizon = horizon;
        return this;
    }

    TestRules capacity(int capacity) {
        this.capacity = capacity;
        return this;
    }

    TestRules maxPerDay(int maxPerDay) {
        this.maxPerDay = OptionalInt.of(maxPerDay);
        return this;
    }

    SlotRules build() {
        return new SlotRules(duration, bufferBefore, bufferAfter, notice, horizon, step, capacity, maxPerDay);
    }
}
