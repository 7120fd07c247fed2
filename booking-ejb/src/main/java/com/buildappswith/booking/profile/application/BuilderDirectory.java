package com.buildappswith.booking.profile.application;

import com.buildappswith.booking.profile.model.BuilderProfile;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Published builders, as everyone may see them. */
@Stateless
public class BuilderDirectory {

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    public List<BuilderView> publishedBuilders() {
        return entityManager.createQuery("""
                        select b from BuilderProfile b join fetch b.account a
                        where b.published = true
                        order by a.displayName, b.id""", BuilderProfile.class)
                .getResultStream()
                .map(BuilderView::of)
                .toList();
    }

    public Optional<BuilderView> publishedBuilder(long id) {
        return Optional.ofNullable(entityManager.find(BuilderProfile.class, id))
                .filter(BuilderProfile::isPublished)
                .map(BuilderView::of);
    }
}
