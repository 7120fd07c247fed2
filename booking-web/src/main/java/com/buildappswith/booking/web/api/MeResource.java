package com.buildappswith.booking.web.api;

import com.buildappswith.booking.profile.application.AccountService;
import com.buildappswith.booking.profile.application.AccountView;
import com.buildappswith.booking.profile.model.Role;
import com.buildappswith.booking.web.security.ApiCsrfFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * {@code GET /api/me}: the caller's own account (nobody else's), and for browser sessions the token that
 * state-changing API requests must echo in {@code X-CSRF-Token}.
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    private AccountService accounts;

    @Context
    private HttpServletRequest request;

    @GET
    public MeJson me() {
        AccountView me = accounts.me();
        HttpSession session = request.getSession(false);
        return new MeJson(me.id(), me.email(), me.displayName(), me.timezone().getId(),
                me.roles().stream().map(Role::name).sorted().toList(),
                session == null ? null : ApiCsrfFilter.tokenFor(session));
    }

    public record MeJson(long id, String email, String displayName, String timezone, List<String> roles,
                         String csrfToken) {
    }
}
