package com.buildappswith.booking.shared.persistence;

import com.buildappswith.booking.notification.model.Notification;
import com.buildappswith.booking.scheduling.application.TestDatabase;
import org.eclipse.persistence.sessions.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Ids drawn outside a unit of work, as the notices draw theirs, while every connection of the pool is in a
 * transaction: outside a server the persistence unit once drew a block of ids through the same pool and waited for a
 * free connection forever, holding the sequence's lock, so every other booking waited too (the booking-write
 * benchmark stopped after its first bookings). The timeout only tells a hang from a failure.
 */
class SequenceConnectionTest {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.withConnections(1);

    @Test
    void aTransactionHoldingThePoolsOnlyConnectionDrawsMoreIdsThanABlock() {
        long[] ids = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> DATABASE.inTransaction(entityManager -> {
            entityManager.createNativeQuery("UPDATE notification SET read_at = read_at WHERE id < 0").executeUpdate();
            Session session = entityManager.unwrap(Session.class);
            return LongStream.range(0, Notification.ID_BLOCK + 1)
                    .map(i -> ((Number) session.getNextSequenceNumberValue(Notification.class)).longValue())
                    .toArray();
        }));

        assertThat(ids).doesNotHaveDuplicates().hasSize(Notification.ID_BLOCK + 1);
    }
}
