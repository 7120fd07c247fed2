package com.buildappswith.booking.profile.application;

import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.profile.model.BuilderProfileRepository;
import com.buildappswith.booking.shared.Page;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/**
 * Builders as everyone may see them: published, approved and active. A builder's own unpublished profile is
 * visible to them and to admins only.
 */
@Stateless
@PermitAll
public class BuilderDirectory {

    @Inject
    private BuilderProfileRepository profiles;

    @Inject
    private CallerAccounts callers;

    @Resource
    private SessionContext context;

    public List<BuilderView> publishedBuilders() {
        return search("", "", 0, Page.MAX_LIMIT).items();
    }

    /** Search by part of a name and by one exact expertise tag (both ignore case), one page at a time. */
    public Page<BuilderView> search(String name, String expertise, int offset, int limit) {
        return profiles.listed(name, expertise, offset, limit).map(BuilderView::of);
    }

    public Optional<BuilderView> publishedBuilder(long id) {
        return profiles.withAccount(id)
                .filter(BuilderProfile::isListed)
                .map(BuilderView::of);
    }

    /**
     * Listed builders for everyone; an unlisted one for its owner and admins. The caller's account is looked up only
     * for an unlisted profile, so that an anonymous view of a public page costs no statement for it.
     */
    public Optional<BuilderView> visibleBuilder(long id) {
        return profiles.withAccount(id)
                .filter(profile -> profile.isListed() || profile.isVisibleTo(callers.caller(context)))
                .map(BuilderView::of);
    }
}
