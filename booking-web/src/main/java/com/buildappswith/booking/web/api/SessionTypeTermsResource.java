package com.buildappswith.booking.web.api;

import com.buildappswith.booking.policy.application.Policies;
import com.buildappswith.booking.policy.model.PolicyTerms;
import com.buildappswith.booking.web.policy.PolicyWords;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/session-types/{id}/terms}: the cancellation terms a booking of the session type would be made under
 * now, in words, with the policy id and fingerprint that {@code POST /api/bookings} accepts back to make sure the
 * client is booked under exactly these terms.
 */
@Path("session-types/{id}/terms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionTypeTermsResource {

    @Inject
    private Policies policies;

    @GET
    public TermsJson terms(@PathParam("id") String idText) {
        return TermsJson.of(policies.policyTermsOfSessionType(Params.id("session type id", idText)));
    }

    /** The terms in force, measured back from the start because no session is chosen yet. */
    public record TermsJson(long policyId, String policy, String termsFingerprint, String terms) {

        static TermsJson of(PolicyTerms inForce) {
            return new TermsJson(inForce.policyId(), inForce.terms().name(), inForce.terms().fingerprint(),
                    PolicyWords.terms(inForce.terms()));
        }
    }
}
