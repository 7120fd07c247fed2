package com.buildappswith.booking.web.api;

import com.buildappswith.booking.profile.application.BuilderView;
import com.buildappswith.booking.scheduling.application.BookingFilter;
import com.buildappswith.booking.scheduling.application.BookingManagement;
import com.buildappswith.booking.scheduling.application.ClientBookings;
import com.buildappswith.booking.scheduling.application.ManagedBookingView;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.shared.Page;
import com.buildappswith.booking.web.Timezones;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/me/bookings}: the caller's own bookings as a client, upcoming (soonest first) and past (latest
 * first), page {@code page} (from 1) of each, {@code size} (1 to 100, 20 unless said) a page, with each list's total,
 * and the builders they booked before; {@code GET /api/me/bookings?as=builder} the bookings with the
 * calling builder, filtered by dates ({@code from}, {@code to}, in {@code tz}) and {@code status}, paged
 * ({@code offset}, {@code limit}, the total in {@code X-Total-Count}).
 */
@Path("me/bookings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyBookingsResource {

    /** Far past any client's bookings; a larger page is a mistake, and its offset would overflow. */
    static final int MAX_PAGE = 100_000;

    @Inject
    private BookingManagement management;

    @GET
    public Response mine(@QueryParam("as") @DefaultValue("client") String as, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("tz") @DefaultValue("UTC") String tz,
                         @QueryParam("status") String status, @QueryParam("offset") @DefaultValue("0") String offset,
                         @QueryParam("limit") @DefaultValue("20") String limit,
                         @QueryParam("page") @DefaultValue("1") String pageText,
                         @QueryParam("size") @DefaultValue("20") String sizeText) {
        switch (as) {
            case "client" -> {
                int pageNumber = Params.number("page", pageText, 1, MAX_PAGE);
                int pageSize = Params.number("size", sizeText, 1, Page.MAX_LIMIT);
                int first = (pageNumber - 1) * pageSize;
                return Response.ok(ClientBookingsJson.of(management.myBookings(first, first, pageSize),
                        pageNumber, pageSize)).build();
            }
            case "builder" -> {
                ZoneId zone = Timezones.parse(tz).orElseThrow(() -> Params.invalid(
                        "tz must be an IANA zone id such as Asia/Kolkata."));
                BookingFilter filter = new BookingFilter(
                        Optional.ofNullable(from).map(text -> SlotsResource.date("from", text)),
                        Optional.ofNullable(to).map(text -> SlotsResource.date("to", text)), zone,
                        Optional.ofNullable(status).map(MyBookingsResource::status), Optional.empty(),
                        Optional.empty());
                Page<ManagedBookingView> page = management.builderBookings(filter,
                        Params.number("offset", offset, 0, Integer.MAX_VALUE),
                        Params.number("limit", limit, 1, Page.MAX_LIMIT));
                return Response.ok(page.items().stream().map(ManagedBookingJson::of).toList())
                        .header("X-Total-Count", page.total())
                        .build();
            }
            default -> throw Params.invalid("as '" + Params.abbreviated(as) + "' is not client or builder.");
        }
    }

    private static BookingStatus status(String text) {
        try {
            return BookingStatus.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw Params.invalid("status '" + Params.abbreviated(text) + "' is none of "
                    + Arrays.toString(BookingStatus.values()) + ".");
        }
    }

    /**
     * Page {@code page} of both lists, {@code size} each, with how many there are in each; and the builders booked
     * before, each as the directory shows them, for booking again.
     */
    public record ClientBookingsJson(List<ManagedBookingJson> upcoming, List<ManagedBookingJson> past,
                                     List<BuilderJson> bookedBefore, int page, int size, long upcomingTotal,
                                     long pastTotal) {

        static ClientBookingsJson of(ClientBookings bookings, int page, int size) {
            return new ClientBookingsJson(bookings.upcoming().stream().map(ManagedBookingJson::of).toList(),
                    bookings.past().stream().map(ManagedBookingJson::of).toList(),
                    bookings.bookedBefore().stream().map(BuilderJson::of).toList(), page, size,
                    bookings.upcomingPage().total(), bookings.pastPage().total());
        }
    }

    public record BuilderJson(long id, String displayName, String headline) {

        static BuilderJson of(BuilderView builder) {
            return new BuilderJson(builder.id(), builder.displayName(), builder.headline());
        }
    }
}
