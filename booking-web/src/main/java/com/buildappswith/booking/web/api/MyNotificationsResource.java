package com.buildappswith.booking.web.api;

import com.buildappswith.booking.notification.application.Inbox;
import com.buildappswith.booking.notification.application.InboxPage;
import com.buildappswith.booking.notification.application.NotificationView;
import com.buildappswith.booking.shared.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;

/**
 * The caller's own in-app notifications: {@code GET /api/me/notifications} newest first, paged ({@code offset},
 * {@code limit}), with the unread count; {@code POST /api/me/notifications/{id}/read} marks one read (someone else's
 * is a 404, as one that does not exist); {@code POST /api/me/notifications/read-all} marks all read.
 */
@Path("me/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyNotificationsResource {

    @Inject
    private Inbox inbox;

    @GET
    public NotificationsJson mine(@QueryParam("offset") @DefaultValue("0") String offset,
                                  @QueryParam("limit") @DefaultValue("20") String limit) {
        InboxPage page = inbox.newest(Params.number("offset", offset, 0, Integer.MAX_VALUE),
                Params.number("limit", limit, 1, Page.MAX_LIMIT));
        Page<NotificationView> notifications = page.notifications();
        return new NotificationsJson(page.unread(), notifications.total(), notifications.offset(),
                notifications.limit(), notifications.items().stream().map(NotificationJson::of).toList());
    }

    @POST
    @Path("{id}/read")
    public NotificationJson read(@PathParam("id") String id) {
        return NotificationJson.of(inbox.markRead(Params.id("id", id)));
    }

    @POST
    @Path("read-all")
    public ReadAllJson readAll() {
        return new ReadAllJson(inbox.markAllRead(), inbox.unreadCount());
    }

    public record NotificationsJson(long unread, long total, int offset, int limit, List<NotificationJson> items) {
    }

    /** @param bookingId the booking it tells about, null when none; readAt null while unread */
    public record NotificationJson(long id, String kind, Long bookingId, String text, String createdAt,
                                   String readAt, boolean unread) {

        static NotificationJson of(NotificationView notification) {
            return new NotificationJson(notification.id(), notification.kind().name(),
                    notification.bookingId().orElse(null), notification.text(), notification.createdAt().toString(),
                    notification.readAt().map(Instant::toString).orElse(null), notification.unread());
        }
    }

    /** @param marked how many were unread and are read now */
    public record ReadAllJson(int marked, long unread) {
    }
}
