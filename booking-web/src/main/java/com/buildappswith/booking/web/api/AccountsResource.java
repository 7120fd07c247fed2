package com.buildappswith.booking.web.api;

import com.buildappswith.booking.profile.application.AccountService;
import com.buildappswith.booking.profile.application.AccountView;
import com.buildappswith.booking.web.Timezones;
import com.buildappswith.booking.web.security.RegistrationGate;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.ZoneId;

/**
 * {@code POST /api/accounts}: registration for API clients, with the same rules and the same throttle per client
 * address as the registration page.
 */
@Path("accounts")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @Inject
    private AccountService accounts;

    @Inject
    private RegistrationGate gate;

    @Context
    private HttpServletRequest request;

    @Context
    private UriInfo uri;

    @POST
    public Response register(@NotNull(message = "A JSON body is required.") RegistrationJson registration) {
        ZoneId timezone = Timezones.parse(registration.timezone()).orElseThrow(() -> Params.invalid(
                "timezone must be an IANA zone id such as Asia/Kolkata."));
        AccountView account = gate.register(request, () -> accounts.register(registration.email(),
                registration.displayName(), timezone, registration.password()));
        return Response.created(uri.getBaseUriBuilder().path(MeResource.class).build())
                .entity(new AccountJson(account.id(), account.email(), account.displayName(),
                        account.timezone().getId()))
                .build();
    }

    public record RegistrationJson(String email, String displayName, String password, String timezone) {
    }

    public record AccountJson(long id, String email, String displayName, String timezone) {
    }
}
