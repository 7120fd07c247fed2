package com.buildappswith.booking.web.api;

import com.buildappswith.booking.profile.model.Roles;
import com.buildappswith.booking.shared.persistence.DatabaseHealth;
import com.buildappswith.booking.shared.persistence.DatabaseStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/health}: 200 when the application can use its database, 503 when not. The reason names the
 * database, its host and user, so only admins see it here; everyone else (load balancers included) gets the status,
 * and the reason is in the server's log.
 */
@Path("health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Inject
    private DatabaseHealth databaseHealth;

    @Inject
    private SecurityContext security;

    @GET
    public Response health() {
        DatabaseStatus database = databaseHealth.check();
        String status = database.usable() ? "UP" : "DOWN";
        String problem = security.isCallerInRole(Roles.ADMIN) ? database.problem().orElse(null) : null;
        return Response.status(database.usable() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(new HealthJson(status, new ComponentJson(status, problem)))
                .build();
    }

    public record HealthJson(String status, ComponentJson database) {
    }

    public record ComponentJson(String status, String problem) {
    }
}
