package com.buildappswith.booking.web.api;

import com.buildappswith.booking.profile.application.BuilderDirectory;
import com.buildappswith.booking.profile.application.BuilderView;
import com.buildappswith.booking.scheduling.application.SessionTypeCatalog;
import com.buildappswith.booking.scheduling.application.SessionTypeView;
import com.buildappswith.booking.shared.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import com.buildappswith.booking.shared.Page;
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
import java.util.Map;

/** {@code /api/builders}: the published builders and the sessions they offer, and a builder's own profile. */
@Path("builders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BuildersResource {

    @Inject
    private BuilderDirectory directory;

    @Inject
    private SessionTypeCatalog catalog;

    /**
     * Published builders matching an optional name part and expertise tag, one page at a time. The total is in
     * the {@code X-Total-Count} header so the body stays the plain list.
     */
    @GET
    public Response publishedBuilders(@QueryParam("q") @Size(max = 100) String name,
                                      @QueryParam("expertise") @Size(max = 40) String expertise,
                                      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        Page<BuilderView> page = directory.search(name, expertise, offset, limit);
        Map<Long, List<SessionTypeView>> sessionTypes =
                catalog.activeSessionTypes(page.items().stream().map(BuilderView::id).toList());
        List<BuilderJson> builders = page.items().stream()
                .map(builder -> BuilderJson.of(builder, sessionTypes.getOrDefault(builder.id(), List.of())))
                .toList();
        return Response.ok(builders).header("X-Total-Count", page.total()).build();
    }

    public record BuilderJson(long id, String name, String headline, List<String> expertise, String timezone,
                              List<SessionTypeJson> sessionTypes) {

        static BuilderJson of(BuilderView builder, List<SessionTypeView> types) {
            return new BuilderJson(builder.id(), builder.displayName(), builder.headline(), builder.expertise(),
                    builder.timezone().getId(), types.stream().map(SessionTypeJson::of).toList());
        }
    }

    /** The price is null for a free session; amounts are decimal strings so no client rounds them. */
    public record SessionTypeJson(long id, String name, long durationMinutes, boolean free, PriceJson price) {

        static SessionTypeJson of(SessionTypeView type) {
            return new SessionTypeJson(type.id(), type.name(), type.duration().toMinutes(), type.isFree(),
                    type.price().map(PriceJson::of).orElse(null));
        }
    }

    public record PriceJson(String amount, String currency, long amountMinor) {

        static PriceJson of(Money money) {
            return new PriceJson(money.amount().toPlainString(), money.currency().getCurrencyCode(),
                    money.amountMinor());
        }
    }
}
