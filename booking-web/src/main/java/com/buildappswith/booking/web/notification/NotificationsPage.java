package com.buildappswith.booking.web.notification;

import com.buildappswith.booking.notification.application.Inbox;
import com.buildappswith.booking.notification.application.InboxPage;
import com.buildappswith.booking.notification.application.NotificationView;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.web.Messages;
import com.buildappswith.booking.web.PageIds;
import com.buildappswith.booking.web.Timezones;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in person's notifications on {@code /notifications}, newest first, a page at a time
 * ({@code ?page=2}), each with its time in the viewer's zone (the browser's once detected, the account's until then).
 * Opening one marks it read and goes to its booking; one can be marked read without opening it, or all at once. Each
 * change redirects back here, so the bell in the header shows the new count. A page number that is not one is said
 * on the page, which shows the first page instead.
 */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {

    static final int PAGE_SIZE = 20;

    @Inject
    private Inbox inbox;

    private String pageParameter;
    private String timezone;
    private int page = 1;
    private InboxPage shown;

    public void load() {
        if (shown != null) {
            return;
        }
        if (pageParameter != null) {
            Optional<Long> asked = PageIds.parse(pageParameter).filter(number -> number <= Integer.MAX_VALUE / PAGE_SIZE);
            if (asked.isPresent()) {
                page = asked.get().intValue();
            } else {
                Messages.error(null, "'" + abbreviated(pageParameter) + "' is not a page number: here is the first "
                        + "page.");
            }
        }
        read();
        if (shown.notifications().items().isEmpty() && page > 1) {
            Messages.error(null, "There is no page " + page + " of notifications: here is the first page.");
            page = 1;
            read();
        }
    }

    private void read() {
        shown = inbox.newest((page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    /** Marks the notification read and opens its booking (or stays here when it is about none). */
    public void open(long notificationId) throws IOException {
        try {
            NotificationView read = inbox.markRead(notificationId);
            if (read.bookingId().isPresent()) {
                redirect("/booking/manage/" + read.bookingId().get());
                return;
            }
        } catch (DomainException e) {
            Messages.error(null, e.getMessage());
        }
        backHere();
    }

    public void markRead(long notificationId) throws IOException {
        try {
            inbox.markRead(notificationId);
        } catch (DomainException e) {
            Messages.error(null, e.getMessage());
        }
        backHere();
    }

    public void markAllRead() throws IOException {
        int marked = inbox.markAllRead();
        Messages.info(marked == 0 ? "Nothing was unread." : marked == 1 ? "Marked 1 notification read."
                : "Marked " + marked + " notifications read.");
        backHere();
    }

    /** Back to this page with the messages carried over, so the header's bell is read again. */
    private void backHere() throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        redirect("/notifications" + (page > 1 ? "?page=" + page : ""));
    }

    private static void redirect(String path) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + path);
    }

    private static String abbreviated(String text) {
        String stripped = text.strip();
        return stripped.length() <= 20 ? stripped : stripped.substring(0, 20) + "...";
    }

    public List<NotificationView> getNotifications() {
        return shown.notifications().items();
    }

    public long getUnread() {
        return shown.unread();
    }

    public long getTotal() {
        return shown.notifications().total();
    }

    public int getPage() {
        return page;
    }

    public boolean isNewerPage() {
        return page > 1;
    }

    public boolean isOlderPage() {
        return (long) page * PAGE_SIZE < shown.notifications().total();
    }

    public int getPageCount() {
        return (int) Math.max(1, (shown.notifications().total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The zone times are shown in: the one chosen or detected, else the account's. */
    public String getTimezone() {
        return Timezones.parse(timezone).map(ZoneId::getId).orElse(shown == null ? "UTC" : shown.accountZone().getId());
    }

    public void setTimezone(String timezone) {
        this.timezone = timezone;
    }

    public boolean isTimezoneChosen() {
        return Timezones.parse(timezone).isPresent();
    }

    public String getPageParameter() {
        return pageParameter;
    }

    public void setPageParameter(String pageParameter) {
        this.pageParameter = pageParameter;
    }
}
