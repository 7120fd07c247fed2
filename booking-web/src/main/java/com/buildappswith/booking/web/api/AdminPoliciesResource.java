package com.buildappswith.booking.web.api;

import com.buildappswith.booking.policy.application.Policies;
import com.buildappswith.booking.policy.application.PolicyDraft;
import com.buildappswith.booking.policy.application.PolicyView;
import com.buildappswith.booking.policy.model.CancellationTerms;
import com.buildappswith.booking.policy.model.RefundTier;
import com.buildappswith.booking.web.policy.PolicyWords;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Duration;
import java.util.List;

/**
 * {@code /api/admin/policies}: the admin console's policies for programs (403 for anyone but an admin). Lists
 * them, creates one, edits one at the version it was read at (a newer version answers 409), and makes one the site
 * default; each change is audited as on the page. Notices are whole minutes.
 */
@Path("admin/policies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminPoliciesResource {

    @Inject
    private Policies policies;

    @GET
    public List<PolicyJson> all() {
        return policies.all().stream().map(PolicyJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull(message = "A JSON body is required.") PolicyInputJson body) {
        PolicyView created = policies.create(body.draft());
        return Response.status(Response.Status.CREATED).entity(PolicyJson.of(created)).build();
    }

    /** Edits the policy as of {@code version} in the body, the version the caller read. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PolicyJson edit(@PathParam("id") String idText,
                           @NotNull(message = "A JSON body is required.") PolicyInputJson body) {
        if (body.version() == null) {
            throw Params.invalid("version is required: the version of the policy you read.");
        }
        return PolicyJson.of(policies.edit(Params.id("id", idText), body.version(), body.draft()));
    }

    @POST
    @Path("{id}/site-default")
    public PolicyJson makeSiteDefault(@PathParam("id") String idText) {
        return PolicyJson.of(policies.makeSiteDefault(Params.id("id", idText)));
    }

    /** With at least {@code minNoticeMinutes} before the start, {@code percent} of the price comes back. */
    public record TierJson(Long minNoticeMinutes, Integer percent) {

        RefundTier tier() {
            if (minNoticeMinutes == null || percent == null) {
                throw Params.invalid("Each refund tier needs minNoticeMinutes and percent.");
            }
            return new RefundTier(minutes("minNoticeMinutes", minNoticeMinutes), percent);
        }
    }

    /** A policy as a program sends it; {@code version} only for an edit. */
    public record PolicyInputJson(String name, Long freeCancellationMinutes, List<TierJson> refundTiers,
                                  Long rescheduleMinutes, Integer maxReschedules, Boolean published, Long version) {

        PolicyDraft draft() {
            if (freeCancellationMinutes == null || rescheduleMinutes == null || maxReschedules == null
                    || published == null) {
                throw Params.invalid("name, freeCancellationMinutes, rescheduleMinutes, maxReschedules and "
                        + "published are required; refundTiers may be empty.");
            }
            List<RefundTier> tiers = refundTiers == null ? List.of()
                    : refundTiers.stream().map(tier -> tier == null ? new TierJson(null, null) : tier)
                    .map(TierJson::tier).toList();
            return new PolicyDraft(new CancellationTerms(name, minutes("freeCancellationMinutes",
                    freeCancellationMinutes), tiers, minutes("rescheduleMinutes", rescheduleMinutes), maxReschedules),
                    published);
        }
    }

    /** Minutes within what the terms accept, so that no overflow answers for the terms' own message. */
    private static Duration minutes(String name, long minutes) {
        if (minutes < 0 || minutes > CancellationTerms.MAX_NOTICE.toMinutes()) {
            throw Params.invalid(name + " must be from 0 to " + CancellationTerms.MAX_NOTICE.toMinutes()
                    + " minutes (a year).");
        }
        return Duration.ofMinutes(minutes);
    }

    /** A policy with its terms in minutes and in words. */
    public record PolicyJson(long id, long version, String name, long freeCancellationMinutes,
                             List<TierOutJson> refundTiers, long rescheduleMinutes, int maxReschedules,
                             boolean published, boolean siteDefault, String terms) {

        static PolicyJson of(PolicyView policy) {
            CancellationTerms terms = policy.terms();
            return new PolicyJson(policy.id(), policy.version(), policy.name(),
                    terms.freeCancellationNotice().toMinutes(),
                    terms.tiers().stream().map(tier -> new TierOutJson(tier.minNotice().toMinutes(), tier.percent()))
                            .toList(),
                    terms.rescheduleNotice().toMinutes(), terms.maxReschedules(), policy.published(),
                    policy.siteDefault(), PolicyWords.terms(terms));
        }
    }

    public record TierOutJson(long minNoticeMinutes, int percent) {
    }
}
