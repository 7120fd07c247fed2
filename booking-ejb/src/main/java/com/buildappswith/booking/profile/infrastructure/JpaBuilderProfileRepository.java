package com.buildappswith.booking.profile.infrastructure;

import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.profile.model.BuilderProfileRepository;
import com.buildappswith.booking.profile.model.ProfileStatus;
import com.buildappswith.booking.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.eclipse.persistence.config.QueryHints;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Builder profiles in the application's database, through the transaction's entity manager. */
@ApplicationScoped
public class JpaBuilderProfileRepository implements BuilderProfileRepository {

    private static final String LISTED = """
            from BuilderProfile b join b.account a
            where b.published = true and b.status = :approved and a.active = true""";
    private static final String NAME_MATCHES = " and lower(a.displayName) like :namePattern";
    private static final String TAG_MATCHES = " and b.id in :taggedBuilders";

    private final EntityManager entityManager;

    @Inject
    public JpaBuilderProfileRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's proxy only. */
    protected JpaBuilderProfileRepository() {
        this(null);
    }

    @Override
    public Optional<BuilderProfile> byId(long id) {
        return Optional.ofNullable(entityManager.find(BuilderProfile.class, id));
    }

    @Override
    public Optional<BuilderProfile> withAccount(long id) {
        return entityManager.createNamedQuery(BuilderProfile.WITH_ACCOUNT, BuilderProfile.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<BuilderProfile> ofAccount(Account account) {
        return entityManager.createNamedQuery(BuilderProfile.OF_ACCOUNT, BuilderProfile.class)
                .setParameter("account", account)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<BuilderProfile> withStatus(ProfileStatus status) {
        return entityManager.createQuery("""
                        select b from BuilderProfile b join fetch b.account a
                        where b.status = :status order by a.displayName, b.id""", BuilderProfile.class)
                .setParameter("status", status)
                .getResultList();
    }

    @Override
    public Page<BuilderProfile> listed(String name, String expertise, int offset, int limit) {
        String nameFilter = normalized(name);
        String tagFilter = normalized(expertise);
        List<Long> tagged = tagFilter.isEmpty() ? List.of() : buildersTagged(tagFilter);
        if (!tagFilter.isEmpty() && tagged.isEmpty()) {
            return new Page<>(List.of(), 0, offset, limit);
        }
        String where = LISTED + (nameFilter.isEmpty() ? "" : NAME_MATCHES) + (tagFilter.isEmpty() ? "" : TAG_MATCHES);
        long total = bind(entityManager.createQuery("select count(b) " + where, Long.class), nameFilter, tagged)
                .getSingleResult();
        // The accounts (names, whether active) come in the same statement: without weaving, each profile's eager
        // account would otherwise cost a statement of its own, twelve per page.
        List<BuilderProfile> profiles = bind(entityManager.createQuery(
                        "select b " + where + " order by a.displayName, b.id", BuilderProfile.class),
                nameFilter, tagged)
                .setHint(QueryHints.FETCH, "b.account")
                .setFirstResult(Math.max(0, offset))
                .setMaxResults(Page.boundedLimit(limit))
                .getResultList();
        return new Page<>(profiles, total, offset, limit);
    }

    /** Flushes, so that a second profile for the same account fails this call rather than the commit. */
    @Override
    public void add(BuilderProfile profile) {
        entityManager.persist(profile);
        entityManager.flush();
    }

    /**
     * Builders with a tag, ignoring case, in plain SQL: JPQL's LOWER of an element-collection value is refused by
     * the EclipseLink in the EAR, and its FUNCTION('lower', ...) makes EclipseLink inline every literal, which H2 2.x
     * then refuses (eclipse-ee4j/eclipselink#1578).
     */
    private List<Long> buildersTagged(String tag) {
        List<?> ids = entityManager.createNativeQuery(
                        "select distinct builder_id from builder_expertise where lower(tag) = ?")
                .setParameter(1, tag)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Optional filters are left out of the query rather than written as {@code (:x = '' or ...)}, for #1578 too. */
    private static <T> TypedQuery<T> bind(TypedQuery<T> query, String name, List<Long> taggedBuilders) {
        query.setParameter("approved", ProfileStatus.APPROVED);
        if (!name.isEmpty()) {
            query.setParameter("namePattern", "%" + name.replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (!taggedBuilders.isEmpty()) {
            query.setParameter("taggedBuilders", taggedBuilders);
        }
        return query;
    }

    private static String normalized(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    /** A row lock, on the one row of {@code import_lock} for builders, that every database takes the same way. */
    @Override
    public void lockImports() {
        entityManager.createNativeQuery("select name from import_lock where name = 'builders' for update")
                .getSingleResult();
    }
}
