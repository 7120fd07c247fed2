package com.buildappswith.booking.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/** Puts the seed of a failing {@link PropertyTest} case in front of its failure message. */
final class SeedInFailures implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        String name = context.getDisplayName();
        if (!name.startsWith(SeededCases.NAME_PREFIX)) {
            throw failure;
        }
        String seed = name.substring(SeededCases.NAME_PREFIX.length());
        AssertionError withSeed = new AssertionError(name + " (replay it alone with -D" + SeededCases.REPLAY + "="
                + seed + "): " + failure.getMessage(), failure);
        // Reported where the case failed, not here.
        withSeed.setStackTrace(failure.getStackTrace());
        throw withSeed;
    }
}
