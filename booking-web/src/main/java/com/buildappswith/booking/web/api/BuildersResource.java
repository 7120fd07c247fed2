package com.buildappswith.booking.web.api;

import com.buildappswith.booking.profile.application.BuilderDirectory;
import com.buildappswith.booking.profile.application.BuilderView;
import com.buildappswith.booking.scheduling.application.SessionTypeCatalog;
import com.buildappswith.booking.scheduling.application.SessionTypeView;
import com.buildappswith.booking.shared.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;

/** {@code GET /api/builders}: the published builders and the sessions they offer, as the directory shows them. */
@Path("builders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BuildersResource {

    @Inject
    private BuilderDirectory directory;

    @Inject
    private SessionTypeCatalog catalog;

    @GET
    public List<BuilderJson> publishedBuilders() {
        List<BuilderView> builders = directory.publishedBuilders();
        Map<Long, List<SessionTypeView>> sessionTypes =
                catalog.activeSessionTypes(builders.stream().map(BuilderView::id).toList());
        return builders.stream()
                .map(builder -> BuilderJson.of(builder, sessionTypes.getOrDefault(builder.id(), List.of())))
                .toList();
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
