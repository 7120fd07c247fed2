package com.buildappswith.booking.web.notification;

import com.buildappswith.booking.notification.application.Inbox;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.web.account.CurrentUser;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The bell in the header: how many of the signed-in person's notifications are unread, asked once per request. The
 * bell never breaks the page it is on: while the database is unavailable, or for an account deactivated a moment ago,
 * it shows no count, and the page itself says what is wrong.
 */
@Named
@RequestScoped
public class NotificationBell {

    /** More than this shows as "99+", so the badge keeps its size. */
    static final long MOST_SHOWN = 99;

    @Inject
    private Inbox inbox;

    @Inject
    private CurrentUser currentUser;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = currentUser.isSignedIn() ? counted() : 0;
        }
        return unread;
    }

    private long counted() {
        try {
            return inbox.unreadCount();
        } catch (DomainException | EJBException e) {
            return 0;
        }
    }

    /** The badge's text: the count, or "99+" beyond. */
    public String getBadge() {
        return badge(getUnread());
    }

    static String badge(long unread) {
        return unread > MOST_SHOWN ? MOST_SHOWN + "+" : Long.toString(unread);
    }

    /** What a screen reader says for the bell. */
    public String getLabel() {
        long count = getUnread();
        return count == 0 ? "Notifications: none unread" : "Notifications: " + count + " unread";
    }
}
