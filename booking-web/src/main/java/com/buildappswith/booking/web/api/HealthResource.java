package com.buildappswith.booking.web.api;

import com.buildappswith.booking.shared.persistence.DatabaseHealth;
import com.buildappswith.booking.shared.persistence.DatabaseStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /api/health}: 200 when the application can use its database, 503 with the reason when not. */
@Path("health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Inject
    private DatabaseHealth databaseHealth;

    @GET
    public Response health() {
        DatabaseStatus database = databaseHealth.check();
        String status = database.usable() ? "UP" : "DOWN";
        return Response.status(database.usable() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(new HealthJson(status, new ComponentJson(status, database.problem().orElse(null))))
                .build();
    }

    public record HealthJson(String status, ComponentJson database) {
    }

    public record ComponentJson(String status, String problem) {
    }
}
