package com.buildappswith.booking.profile.infrastructure;

import com.buildappswith.booking.profile.model.ThrottleKey;
import com.buildappswith.booking.profile.model.ThrottleRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.persistence.sessions.Session;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The {@code throttle} rows, in plain SQL: they are no entity, and every change is one conditional statement. */
@ApplicationScoped
public class JpaThrottleRows implements ThrottleRows {

    private final EntityManager entityManager;

    @Inject
    public JpaThrottleRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's proxy only. */
    protected JpaThrottleRows() {
        this(null);
    }

    @Override
    public Optional<Row> find(ThrottleKey key) {
        List<?> rows = entityManager.createNativeQuery(
                        "SELECT state, version FROM throttle WHERE scope = ? AND key_digest = ?")
                .setParameter(1, key.scope().name())
                .setParameter(2, key.digest())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Row((String) row[0], ((Number) row[1]).longValue()));
    }

    /**
     * PostgreSQL: {@code ON CONFLICT DO NOTHING}, since a plain insert racing another node's would fail on the key and
     * abort the transaction. H2 knows no such clause; its {@code MERGE ... KEY} of the key columns alone inserts the
     * row or leaves the existing one as it is, and takes turns with a concurrent one instead of failing.
     */
    @Override
    public void create(ThrottleKey key) {
        String sql = entityManager.unwrap(Session.class).getPlatform().isPostgreSQL()
                ? "INSERT INTO throttle (scope, key_digest) VALUES (?, ?) ON CONFLICT DO NOTHING"
                : "MERGE INTO throttle (scope, key_digest) KEY (scope, key_digest) VALUES (?, ?)";
        entityManager.createNativeQuery(sql)
                .setParameter(1, key.scope().name())
                .setParameter(2, key.digest())
                .executeUpdate();
    }

    @Override
    public boolean replace(ThrottleKey key, long version, String state, Instant forgetAt) {
        return entityManager.createNativeQuery("""
                        UPDATE throttle SET state = ?, version = version + 1, forget_at = ?
                        WHERE scope = ? AND key_digest = ? AND version = ?""")
                .setParameter(1, state)
                .setParameter(2, utc(forgetAt))
                .setParameter(3, key.scope().name())
                .setParameter(4, key.digest())
                .setParameter(5, version)
                .executeUpdate() == 1;
    }

    @Override
    public void delete(ThrottleKey key) {
        entityManager.createNativeQuery("DELETE FROM throttle WHERE scope = ? AND key_digest = ?")
                .setParameter(1, key.scope().name())
                .setParameter(2, key.digest())
                .executeUpdate();
    }

    @Override
    public int forget(Instant now, int atMost) {
        return entityManager.createNativeQuery("""
                        DELETE FROM throttle WHERE forget_at < ?1 AND (scope, key_digest) IN (
                            SELECT scope, key_digest FROM throttle WHERE forget_at < ?1
                            ORDER BY forget_at FETCH FIRST ?2 ROWS ONLY)""")
                .setParameter(1, utc(now))
                .setParameter(2, atMost)
                .executeUpdate();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
