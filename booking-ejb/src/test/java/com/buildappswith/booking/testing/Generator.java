package com.buildappswith.booking.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Random test data drawn from one seed, so that the same seed always builds the same case. Every draw is uniform
 * over its range: a property test names the ranges it cares about instead of relying on a library's bias.
 */
public final class Generator {

    private final SplittableRandom random;

    public Generator(long seed) {
        random = new SplittableRandom(seed);
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    public int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    /** True with the given probability (0 to 1). */
    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    public <T> T oneOf(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    @SafeVarargs
    public final <T> T oneOf(T... choices) {
        return oneOf(List.of(choices));
    }

    /** Null with the given probability, else a value from {@code value}: for the optional parts of a case. */
    public <T> T orNull(double nullProbability, Supplier<T> value) {
        return chance(nullProbability) ? null : value.get();
    }

    /** A list whose size is drawn from {@code minSize} to {@code maxSize}, each element from {@code element}. */
    public <T> List<T> listOf(int minSize, int maxSize, Supplier<T> element) {
        int size = between(minSize, maxSize);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }
}
