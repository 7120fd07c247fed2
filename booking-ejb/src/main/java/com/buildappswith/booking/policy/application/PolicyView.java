package com.buildappswith.booking.policy.application;

import com.buildappswith.booking.policy.model.CancellationTerms;

/**
 * A cancellation policy as the admin console and the builders' session-type form show it.
 *
 * @param version    what an edit must name, so that two admins editing at once do not overwrite each other
 * @param siteDefault whether session types without a policy of their own get it
 */
public record PolicyView(long id, long version, CancellationTerms terms, boolean published, boolean siteDefault) {

    public String name() {
        return terms.name();
    }
}
