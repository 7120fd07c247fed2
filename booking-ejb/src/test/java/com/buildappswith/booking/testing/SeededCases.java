package com.buildappswith.booking.testing;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Cases for {@link PropertyTest}s, given with {@code @MethodSource}. Each case is built by its own
 * {@link Generator} from a seed drawn from the source's fixed seed, so every run checks the same cases, and the
 * case is named by its seed. To replay a failing case alone, pass its seed as the system property {@value #REPLAY},
 * e.g.
 * {@code mvn test -Dtest='SlotFinderPropertiesTest#noSlotTouchesTimeOff' -Dbooking.seed=-4242}.
 */
public final class SeededCases {

    public static final String REPLAY = "booking.seed";
    static final String NAME_PREFIX = "seed ";

    private SeededCases() {
    }

    /** {@code count} cases named by their seeds, or only the case being replayed. */
    public static <T> Stream<Arguments> cases(long seed, int count, Function<Generator, T> build) {
        String replayed = System.getProperty(REPLAY);
        LongStream seeds = replayed == null ? seeds(seed, count) : LongStream.of(Long.parseLong(replayed));
        return seeds.mapToObj(caseSeed -> Arguments.of(Named.of(NAME_PREFIX + caseSeed,
                build.apply(new Generator(caseSeed)))));
    }

    /** The same {@code count} cases as {@link #cases}, as plain values: for checks over all of them at once. */
    public static <T> Stream<T> values(long seed, int count, Function<Generator, T> build) {
        return seeds(seed, count).mapToObj(caseSeed -> build.apply(new Generator(caseSeed)));
    }

    private static LongStream seeds(long seed, int count) {
        SplittableRandom seeds = new SplittableRandom(seed);
        return LongStream.generate(seeds::nextLong).limit(count);
    }
}
