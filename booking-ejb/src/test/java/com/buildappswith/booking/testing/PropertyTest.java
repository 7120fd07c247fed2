package com.buildappswith.booking.testing;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A property checked on every case of a {@link SeededCases} source (given with {@code @MethodSource}): each case
 * is named by its seed, and a failing case's message starts with the seed and how to replay it, because the
 * console summary of a build shows the message but not the case's name.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@ExtendWith(SeedInFailures.class)
public @interface PropertyTest {
}
