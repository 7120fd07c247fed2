package com.buildappswith.booking.web.api;

import com.buildappswith.booking.profile.application.AccountService;
import com.buildappswith.booking.profile.application.AccountView;
import com.buildappswith.booking.profile.model.Role;
import com.buildappswith.booking.shared.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** {@code GET /api/admin/users}: account search for admins (403 for everyone else). */
@Path("admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminUsersResource {

    @Inject
    private AccountService accounts;

    @GET
    public Response search(@QueryParam("q") @Size(max = 254) String query,
                           @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                           @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        Page<AccountView> page = accounts.search(query, offset, limit);
        List<UserJson> users = page.items().stream().map(UserJson::of).toList();
        return Response.ok(users).header("X-Total-Count", page.total()).build();
    }

    public record UserJson(long id, String email, String displayName, List<String> roles, boolean active) {

        static UserJson of(AccountView account) {
            return new UserJson(account.id(), account.email(), account.displayName(),
                    account.roles().stream().map(Role::name).sorted().toList(), account.active());
        }
    }
}
