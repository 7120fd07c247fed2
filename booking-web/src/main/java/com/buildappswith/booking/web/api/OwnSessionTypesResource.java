package com.buildappswith.booking.web.api;

import com.buildappswith.booking.scheduling.application.OwnSessionTypeView;
import com.buildappswith.booking.scheduling.application.OwnSessionTypes;
import com.buildappswith.booking.scheduling.application.SessionTypeDraft;
import com.buildappswith.booking.scheduling.model.SlotRules;
import com.buildappswith.booking.shared.Money;
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
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code /api/me/session-types}: the signed-in builder's own session types, active or not, offering a new one,
 * switching one on or off, and choosing the cancellation policy its bookings get ({@code policyId}: a published
 * policy's id, or null for the site default; any other id is a 400). Another builder's type is refused with 403.
 */
@Path("me/session-types")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OwnSessionTypesResource {

    @Inject
    private OwnSessionTypes ownSessionTypes;

    @GET
    public List<OwnSessionTypeJson> mine() {
        return ownSessionTypes.sessionTypes().stream().map(OwnSessionTypeJson::of).toList();
    }

    /** Offers a new session type with its calendar rules; the model refuses impossible combinations (400). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response offer(@NotNull(message = "A JSON body is required.") NewSessionTypeJson body) {
        OwnSessionTypeView created = ownSessionTypes.offer(body.draft());
        return Response.status(Response.Status.CREATED).entity(OwnSessionTypeJson.of(created)).build();
    }

    @PUT
    @Path("{id}/active")
    @Consumes(MediaType.APPLICATION_JSON)
    public OwnSessionTypeJson changeActive(@PathParam("id") String idText,
                                           @NotNull(message = "A JSON body is required.") ActiveJson body) {
        return OwnSessionTypeJson.of(ownSessionTypes.changeActive(Params.id("id", idText), body.active()));
    }

    /**
     * Gives the type the published policy {@code policyId}, or the site default for null; the type's other settings
     * stay as they are, even when changed since this client read them.
     */
    @PUT
    @Path("{id}/policy")
    @Consumes(MediaType.APPLICATION_JSON)
    public OwnSessionTypeJson choosePolicy(@PathParam("id") String idText,
                                           @NotNull(message = "A JSON body is required.") PolicyChoiceJson body) {
        return OwnSessionTypeJson.of(ownSessionTypes.changePolicy(Params.id("id", idText),
                Optional.ofNullable(body.policyId())));
    }

    public record ActiveJson(boolean active) {
    }

    /** A published policy's id, or null for the site default. */
    public record PolicyChoiceJson(Long policyId) {
    }

    /**
     * Minutes and days as whole numbers; {@code price} absent or null (or of zero) for a free session;
     * {@code policyId} absent or null for the site default.
     */
    public record NewSessionTypeJson(String name, String description, int durationMinutes, PriceJson price,
                                     int bufferBeforeMinutes, int bufferAfterMinutes, int minimumNoticeMinutes,
                                     int horizonDays, int stepMinutes, int capacity, Integer maxPerDay,
                                     Long policyId) {

        SessionTypeDraft draft() {
            if (name == null || description == null) {
                throw Params.invalid("name and description are required.");
            }
            try {
                SlotRules rules = new SlotRules(Duration.ofMinutes(durationMinutes),
                        Duration.ofMinutes(bufferBeforeMinutes), Duration.ofMinutes(bufferAfterMinutes),
                        Duration.ofMinutes(minimumNoticeMinutes), Duration.ofDays(horizonDays),
                        Duration.ofMinutes(stepMinutes), capacity,
                        maxPerDay == null ? OptionalInt.empty() : OptionalInt.of(maxPerDay));
                return new SessionTypeDraft(name, description, Optional.ofNullable(price).map(PriceJson::money),
                        rules, true, Optional.ofNullable(policyId));
            } catch (IllegalArgumentException e) {
                throw Params.invalid(e.getMessage());
            }
        }
    }

    /** An amount such as "150.00" and an ISO 4217 currency; an amount of zero makes the session free. */
    public record PriceJson(String amount, String currency) {

        Money money() {
            return Money.parse(amount, currency);
        }
    }

    /** {@code policyId} absent (JSON-B leaves out nulls): the type's bookings get the site default. */
    public record OwnSessionTypeJson(long id, String name, long durationMinutes, boolean free, boolean active,
                                     Long policyId) {

        static OwnSessionTypeJson of(OwnSessionTypeView type) {
            return new OwnSessionTypeJson(type.id(), type.name(), type.rules().duration().toMinutes(), type.isFree(),
                    type.active(), type.policyId().orElse(null));
        }
    }
}
