package com.buildappswith.booking.jobs.infrastructure;

import com.buildappswith.booking.jobs.model.JobName;
import com.buildappswith.booking.scheduling.application.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lease row against a real database (PostgreSQL when BOOKING_DB_URL names one, else the embedded H2), with the
 * database's own clock: of nodes taking it at the same moment exactly one gets it; it runs out, is renewed by its
 * holder alone, and once given back is free at once.
 */
class JpaJobLeasesTest {

    private static final int NODES = 8;
    private static final Duration LONG = Duration.ofMinutes(2);

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.withConnections(NODES);

    @BeforeEach
    void nobodyHoldsAnyLease() {
        DATABASE.inTransaction(entityManager -> entityManager
                .createNativeQuery("UPDATE job_lease SET owner = NULL, until = NULL").executeUpdate());
    }

    private static boolean take(JobName job, String holder, Duration lease) {
        return DATABASE.inTransaction(entityManager -> {
            JpaJobLeases leases = new JpaJobLeases(entityManager);
            Instant now = leases.now();
            return leases.take(job, holder, now, now.plus(lease));
        });
    }

    private static void release(JobName job, String holder) {
        DATABASE.inTransaction(entityManager -> {
            new JpaJobLeases(entityManager).release(job, holder);
            return null;
        });
    }

    @Test
    void ofNodesTakingTheLeaseAtTheSameMomentExactlyOneHoldsIt() throws Exception {
        for (int round = 0; round < 5; round++) {
            nobodyHoldsAnyLease();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService nodes = Executors.newFixedThreadPool(NODES);
            try {
                List<Future<Boolean>> taken = new ArrayList<>();
                for (int node = 0; node < NODES; node++) {
                    String holder = "node-" + node;
                    Callable<Boolean> takeIt = () -> {
                        start.await();
                        return take(JobName.REMINDERS, holder, LONG);
                    };
                    taken.add(nodes.submit(takeIt));
                }
                start.countDown();
                int holders = 0;
                for (Future<Boolean> result : taken) {
                    holders += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(holders).as("round %d", round).isEqualTo(1);
            } finally {
                nodes.shutdownNow();
            }
        }
    }

    @Test
    void aLeaseRunsOutAndAnotherNodeTakesItThen() throws InterruptedException {
        assertThat(take(JobName.DEADLINES, "node-a", Duration.ofMillis(400))).isTrue();
        assertThat(take(JobName.DEADLINES, "node-b", LONG)).isFalse();

        Thread.sleep(600);

        assertThat(take(JobName.DEADLINES, "node-b", LONG)).isTrue();
        assertThat(take(JobName.DEADLINES, "node-a", LONG)).isFalse();
    }

    @Test
    void onlyItsHolderRenewsALeaseAndARenewedLeaseLastsLonger() throws InterruptedException {
        assertThat(take(JobName.OUTBOX, "node-a", Duration.ofMillis(500))).isTrue();
        Thread.sleep(300);
        assertThat(take(JobName.OUTBOX, "node-a", Duration.ofMillis(800))).isTrue();
        Thread.sleep(400);

        assertThat(take(JobName.OUTBOX, "node-b", LONG)).as("renewed, so not run out yet").isFalse();
        Thread.sleep(600);
        assertThat(take(JobName.OUTBOX, "node-b", LONG)).isTrue();
    }

    @Test
    void aLeaseGivenBackIsFreeAtOnceButOnlyItsHolderCanGiveItBack() {
        assertThat(take(JobName.REMINDERS, "node-a", LONG)).isTrue();
        release(JobName.REMINDERS, "node-b");
        assertThat(take(JobName.REMINDERS, "node-b", LONG)).isFalse();

        release(JobName.REMINDERS, "node-a");

        assertThat(take(JobName.REMINDERS, "node-b", LONG)).isTrue();
    }

    @Test
    void eachJobHasALeaseOfItsOwn() {
        assertThat(take(JobName.REMINDERS, "node-a", LONG)).isTrue();
        assertThat(take(JobName.DEADLINES, "node-b", LONG)).isTrue();
        assertThat(take(JobName.OUTBOX, "node-c", LONG)).isTrue();
    }
}
