package com.buildappswith.booking.profile.application;

import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.profile.model.ProfileStatus;
import com.buildappswith.booking.shared.Page;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builders as everyone may see them: published, approved and active. A builder's own unpublished profile is
 * visible to them and to admins only.
 */
@Stateless
@PermitAll
public class BuilderDirectory {

    private static final String LISTED = """
            from BuilderProfile b join b.account a
            where b.published = true and b.status = :approved and a.active = true""";
    private static final String NAME_MATCHES = " and lower(a.displayName) like :namePattern";
    private static final String TAG_MATCHES = " and b.id in :taggedBuilders";

    @Inject
    private EntityManager entityManager;

    @Inject
    private CallerAccounts callers;

    @Resource
    private SessionContext context;

    public List<BuilderView> publishedBuilders() {
        return search("", "", 0, Page.MAX_LIMIT).items();
    }

    /** Search by part of a name and by one exact expertise tag (both ignore case), one page at a time. */
    public Page<BuilderView> search(String name, String expertise, int offset, int limit) {
        String nameFilter = normalized(name);
        String tagFilter = normalized(expertise);
        List<Long> tagged = tagFilter.isEmpty() ? List.of() : buildersTagged(tagFilter);
        if (!tagFilter.isEmpty() && tagged.isEmpty()) {
            return new Page<>(List.of(), 0, offset, limit);
        }
        String where = LISTED + (nameFilter.isEmpty() ? "" : NAME_MATCHES) + (tagFilter.isEmpty() ? "" : TAG_MATCHES);
        long total = bind(entityManager.createQuery("select count(b) " + where, Long.class), nameFilter, tagged)
                .getSingleResult();
        List<BuilderView> builders = bind(entityManager.createQuery(
                        "select b " + where + " order by a.displayName, b.id", BuilderProfile.class),
                nameFilter, tagged)
                .setFirstResult(Math.max(0, offset))
                .setMaxResults(Page.boundedLimit(limit))
                .getResultStream()
                .map(BuilderView::of)
                .toList();
        return new Page<>(builders, total, offset, limit);
    }

    public Optional<BuilderView> publishedBuilder(long id) {
        return Optional.ofNullable(entityManager.find(BuilderProfile.class, id))
                .filter(BuilderProfile::isListed)
                .map(BuilderView::of);
    }

    /** Listed builders for everyone; an unlisted one for its owner and admins. */
    public Optional<BuilderView> visibleBuilder(long id) {
        return Optional.ofNullable(entityManager.find(BuilderProfile.class, id))
                .filter(profile -> profile.isVisibleTo(callers.caller(context)))
                .map(BuilderView::of);
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
}
