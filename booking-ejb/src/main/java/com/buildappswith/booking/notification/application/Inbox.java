package com.buildappswith.booking.notification.application;

import com.buildappswith.booking.notification.model.InboxRepository;
import com.buildappswith.booking.profile.application.CallerAccounts;
import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * The signed-in caller's own in-app notifications: the count under the bell on every page, the list newest first,
 * and marking them read. Nobody reads another's: an id of someone else's notification is not found, as one that does
 * not exist. Thin: {@link RecipientInbox} holds the use cases.
 */
@Stateless
@DeclareRoles(Roles.CLIENT)
@RolesAllowed(Roles.CLIENT)
public class Inbox {

    @Inject
    private InboxRepository notifications;

    @Inject
    private CallerAccounts callers;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    private RecipientInbox inbox;

    @PostConstruct
    void prepare() {
        inbox = new RecipientInbox(notifications, clock);
    }

    public long unreadCount() {
        return inbox.unreadCount(me().id());
    }

    /** A page of the caller's notifications, newest first, with the unread count. */
    public InboxPage newest(int offset, int limit) {
        Account me = me();
        return new InboxPage(inbox.newest(me.id(), offset, limit), inbox.unreadCount(me.id()), me.timezone());
    }

    /** @throws NotificationNotFoundException when the caller has no notification of that id */
    public NotificationView markRead(long notificationId) {
        return inbox.markRead(me().id(), notificationId);
    }

    /** Marks all the caller's notifications read; how many were unread. */
    public int markAllRead() {
        return inbox.markAllRead(me().id());
    }

    private Account me() {
        return callers.requireCaller(context);
    }
}
