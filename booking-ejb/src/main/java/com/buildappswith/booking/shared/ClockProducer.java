package com.buildappswith.booking.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/**
 * The one clock every service and job reads the time from. Injected rather than called as {@code Clock.systemUTC()}
 * where it is used, so that tests (and jobs that catch up after downtime) can put a clock of their own in its place
 * with a CDI alternative.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    public Clock clock() {
        return Clock.systemUTC();
    }
}
