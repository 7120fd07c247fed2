package com.buildappswith.booking.web.api;

import com.buildappswith.booking.scheduling.application.BuilderSchedule;
import com.buildappswith.booking.scheduling.application.OwnSessionTypeView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * {@code /api/me/session-types}: the signed-in builder's own session types, active or not, and switching one on
 * or off. Another builder's type is refused with 403.
 */
@Path("me/session-types")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OwnSessionTypesResource {

    @Inject
    private BuilderSchedule schedule;

    @GET
    public List<OwnSessionTypeJson> mine() {
        return schedule.sessionTypes().stream().map(OwnSessionTypeJson::of).toList();
    }

    @PUT
    @Path("{id}/active")
    @Consumes(MediaType.APPLICATION_JSON)
    public OwnSessionTypeJson changeActive(@PathParam("id") long id,
                                           @NotNull(message = "A JSON body is required.") ActiveJson body) {
        return OwnSessionTypeJson.of(schedule.changeActive(id, body.active()));
    }

    public record ActiveJson(boolean active) {
    }

    public record OwnSessionTypeJson(long id, String name, long durationMinutes, boolean free, boolean active) {

        static OwnSessionTypeJson of(OwnSessionTypeView type) {
            return new OwnSessionTypeJson(type.id(), type.name(), type.rules().duration().toMinutes(), type.isFree(),
                    type.active());
        }
    }
}
