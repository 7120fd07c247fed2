package com.buildappswith.booking.web.api;

import com.buildappswith.booking.policy.application.LimitsConsole;
import com.buildappswith.booking.policy.application.LimitsDraft;
import com.buildappswith.booking.policy.application.LimitsView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/admin/limits}: the booking limits in force (403 for anyone but an admin), and saving new ones as of
 * the version read (a newer one answers 409). Saved limits apply to the next booking on every node and are
 * audited as on the page.
 */
@Path("admin/limits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminLimitsResource {

    @Inject
    private LimitsConsole limits;

    @GET
    public LimitsJson current() {
        return LimitsJson.of(limits.current());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public LimitsJson save(@NotNull(message = "A JSON body is required.") LimitsJson body) {
        if (body.version() == null || body.maxUpcoming() == null || body.maxUpcomingWithBuilder() == null
                || body.holdsPerClient() == null || body.holdCoolDownHours() == null || body.holdMinutes() == null) {
            throw Params.invalid("version, maxUpcoming, maxUpcomingWithBuilder, holdsPerClient, holdCoolDownHours "
                    + "and holdMinutes are required.");
        }
        return LimitsJson.of(limits.save(new LimitsDraft(body.maxUpcoming(), body.maxUpcomingWithBuilder(),
                body.holdsPerClient(), body.holdCoolDownHours(), body.holdMinutes()), body.version()));
    }

    /** The five limits; {@code setByAdmin} is ignored in a request. */
    public record LimitsJson(Integer maxUpcoming, Integer maxUpcomingWithBuilder, Integer holdsPerClient,
                             Integer holdCoolDownHours, Integer holdMinutes, Boolean setByAdmin, Long version) {

        static LimitsJson of(LimitsView limits) {
            return new LimitsJson(limits.maxUpcoming(), limits.maxUpcomingWithBuilder(), limits.holdsPerClient(),
                    limits.holdCoolDownHours(), limits.holdMinutes(), limits.setByAdmin(), limits.version());
        }
    }
}
