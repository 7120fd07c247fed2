package com.buildappswith.booking.web.api;

import com.buildappswith.booking.profile.model.Roles;
import com.buildappswith.booking.shared.StartUpProblems;
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

import java.util.List;

/**
 * {@code GET /api/health}: 200 when the application can use its database, 503 when not. The reason names the
 * database, its host and user, so only admins see it here; everyone else (load balancers included) gets the status,
 * and the reason is in the server's log. {@code startup} is "ATTENTION" when a start-up step could not do its work
 * (the configured administrator not promoted, a demo sign-in left out): the node serves all the same, so the answer
 * stays 200, and again only admins (and the log) learn what it was.
 */
@Path("health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Inject
    private DatabaseHealth databaseHealth;

    @Inject
    private StartUpProblems startUpProblems;

    @Inject
    private SecurityContext security;

    @GET
    public Response health() {
        DatabaseStatus database = databaseHealth.check();
        String status = database.usable() ? "UP" : "DOWN";
        boolean admin = security.isCallerInRole(Roles.ADMIN);
        ComponentJson databaseJson = new ComponentJson(status, admin ? database.problem().orElse(null) : null);
        List<String> startUp = startUpProblems.current();
        ComponentJson startUpJson = new ComponentJson(startUp.isEmpty() ? "UP" : "ATTENTION",
                admin && !startUp.isEmpty() ? String.join("\n", startUp) : null);
        return Response.status(database.usable() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(new HealthJson(status, databaseJson, startUpJson))
                .build();
    }

    public record HealthJson(String status, ComponentJson database, ComponentJson startup) {
    }

    public record ComponentJson(String status, String problem) {
    }
}
