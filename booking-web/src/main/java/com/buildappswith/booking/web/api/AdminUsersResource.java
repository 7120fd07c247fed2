package com.buildappswith.booking.web.api;

import com.buildappswith.booking.profile.application.AccountService;
import com.buildappswith.booking.profile.application.AccountView;
import com.buildappswith.booking.profile.model.Role;
import com.buildappswith.booking.shared.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /api/admin/users}: account search for admins (403 for everyone else); {@code PUT
 * /api/admin/users/{id}/roles} gives an account exactly the roles named (every account stays a client). A role
 * change reaches the person's open sessions at their next request.
 */
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

    @PUT
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserJson changeRoles(@PathParam("id") String idText,
                                @NotNull(message = "A JSON body is required.") RolesJson body) {
        return UserJson.of(accounts.changeRoles(Params.id("id", idText), body.roleSet()));
    }

    /** The roles by name: CLIENT, BUILDER, ADMIN. */
    public record RolesJson(List<String> roles) {

        Set<Role> roleSet() {
            if (roles == null) {
                throw Params.invalid("roles is required: a list such as [\"CLIENT\", \"BUILDER\"].");
            }
            Set<Role> set = EnumSet.noneOf(Role.class);
            for (String role : roles) {
                try {
                    set.add(Role.valueOf(String.valueOf(role)));
                } catch (IllegalArgumentException e) {
                    throw Params.invalid("'" + Params.abbreviated(String.valueOf(role))
                            + "' is not a role: use CLIENT, BUILDER or ADMIN.");
                }
            }
            return set;
        }
    }

    public record UserJson(long id, String email, String displayName, List<String> roles, boolean active) {

        static UserJson of(AccountView account) {
            return new UserJson(account.id(), account.email(), account.displayName(),
                    account.roles().stream().map(Role::name).sorted().toList(), account.active());
        }
    }
}
