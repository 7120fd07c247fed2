package com.buildappswith.booking.web.api;

import com.buildappswith.booking.profile.application.AccountService;
import com.buildappswith.booking.profile.application.AccountView;
import com.buildappswith.booking.web.Timezones;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** {@code POST /api/accounts}: registration for API clients, with the same rules as the registration page. */
@Path("accounts")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @Inject
    private AccountService accounts;

    @POST
    public Response register(@NotNull(message = "A JSON body is required.") RegistrationJson registration) {
        AccountView account = accounts.register(registration.email(), registration.displayName(),
                Timezones.parse(registration.timezone()).orElseThrow(() -> Params.invalid(
                        "timezone must be an IANA zone id such as Asia/Kolkata.")),
                registration.password());
        return Response.created(URI.create("/api/me"))
                .entity(new AccountJson(account.id(), account.email(), account.displayName(),
                        account.timezone().getId()))
                .build();
    }

    public record RegistrationJson(String email, String displayName, String password, String timezone) {
    }

    public record AccountJson(long id, String email, String displayName, String timezone) {
    }
}
