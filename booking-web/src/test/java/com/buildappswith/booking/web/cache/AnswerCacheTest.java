package com.buildappswith.booking.web.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnswerCacheTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void givesBackAnAnswerOnlyAtTheVersionItWasMadeAt() {
        AnswerCache cache = new AnswerCache(10, 1_000);
        cache.remember("a", answer(3, Instant.MAX, "three"));

        assertThat(cache.fresh("a", 3, NOW)).map(AnswerCacheTest::text).contains("three");
        assertThat(cache.fresh("a", 4, NOW)).isEmpty();
        assertThat(cache.size()).as("a stale answer is dropped").isZero();
    }

    @Test
    void givesBackAnAnswerOnlyBeforeTheInstantTimeChangesIt() {
        AnswerCache cache = new AnswerCache(10, 1_000);
        Instant until = NOW.plus(Duration.ofMinutes(5));
        cache.remember("a", answer(1, until, "slots"));

        assertThat(cache.fresh("a", 1, until.minusNanos(1))).isPresent();
        assertThat(cache.fresh("a", 1, until)).isEmpty();
        assertThat(cache.fresh("a", 1, NOW)).as("dropped at its instant").isEmpty();
    }

    @Test
    void aReaderOfAnOlderVersionNeitherGetsNorDropsANewerAnswer() {
        AnswerCache cache = new AnswerCache(10, 1_000);
        cache.remember("a", answer(5, Instant.MAX, "five"));

        assertThat(cache.fresh("a", 4, NOW)).isEmpty();
        assertThat(cache.fresh("a", 5, NOW)).isPresent();
    }

    @Test
    void anAnswerMadeAtAnOlderVersionNeverReplacesANewerOne() {
        AnswerCache cache = new AnswerCache(10, 1_000);
        cache.remember("a", answer(5, Instant.MAX, "five"));
        cache.remember("a", answer(4, Instant.MAX, "four"));

        assertThat(cache.fresh("a", 5, NOW)).map(AnswerCacheTest::text).contains("five");
    }

    @Test
    void dropsTheLeastRecentlyUsedBeyondItsNumberOfAnswers() {
        AnswerCache cache = new AnswerCache(2, 1_000);
        cache.remember("a", answer(1, Instant.MAX, "a"));
        cache.remember("b", answer(1, Instant.MAX, "b"));
        cache.fresh("a", 1, NOW);
        cache.remember("c", answer(1, Instant.MAX, "c"));

        assertThat(cache.fresh("a", 1, NOW)).isPresent();
        assertThat(cache.fresh("b", 1, NOW)).isEmpty();
        assertThat(cache.fresh("c", 1, NOW)).isPresent();
    }

    @Test
    void dropsTheLeastRecentlyUsedBeyondItsBytes() {
        AnswerCache cache = new AnswerCache(10, 10);
        cache.remember("a", answer(1, Instant.MAX, "123456"));
        cache.remember("b", answer(1, Instant.MAX, "7890"));
        cache.remember("c", answer(1, Instant.MAX, "x"));

        assertThat(cache.fresh("a", 1, NOW)).isEmpty();
        assertThat(cache.bytes()).isEqualTo(5);
    }

    @Test
    void neverKeepsAnAnswerLargerThanItself() {
        AnswerCache cache = new AnswerCache(10, 4);
        cache.remember("a", answer(1, Instant.MAX, "12345"));

        assertThat(cache.size()).isZero();
        assertThat(cache.bytes()).isZero();
    }

    @Test
    void refusesToHoldNothing() {
        assertThatThrownBy(() -> new AnswerCache(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnswerCache(10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Whatever mix of changes, answers and lookups: what comes back is always the newest answer remembered at the
     * version asked for, the bounds always hold, and the bytes counted are the bytes held.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20_261_201L, 20_261_202L, 20_261_203L, 20_261_204L, 20_261_205L})
    void servesOnlyCurrentAnswersWithinItsBounds(long seed) {
        Random random = new Random(seed);
        int maxAnswers = 1 + random.nextInt(8);
        long maxBytes = 5 + random.nextInt(60);
        AnswerCache cache = new AnswerCache(maxAnswers, maxBytes);
        Map<String, Long> versions = new HashMap<>();
        Map<String, String> newest = new HashMap<>();
        for (int step = 0; step < 5_000; step++) {
            String key = "k" + random.nextInt(12);
            long version = versions.getOrDefault(key, 0L);
            switch (random.nextInt(3)) {
                case 0 -> versions.put(key, version + 1);
                case 1 -> {
                    String body = key + "@" + version + "#" + step + "x".repeat(random.nextInt(20));
                    cache.remember(key, answer(version, Instant.MAX, body));
                    if (body.length() <= maxBytes) {
                        newest.put(key + "@" + version, body);
                    }
                }
                default -> cache.fresh(key, version, NOW).ifPresent(found -> {
                    assertThat(text(found)).startsWith(key + "@" + version + "#");
                    assertThat(text(found)).isEqualTo(newest.get(key + "@" + version));
                });
            }
            assertThat(cache.size()).isLessThanOrEqualTo(maxAnswers);
            assertThat(cache.bytes()).isBetween(0L, maxBytes);
        }
    }

    private static AnswerCache.Answer answer(long version, Instant until, String body) {
        return new AnswerCache.Answer(version, until, "text/plain", body.getBytes(StandardCharsets.UTF_8), "\"t\"");
    }

    private static String text(AnswerCache.Answer answer) {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }
}
