package com.buildappswith.booking.web.admin;

import com.buildappswith.booking.notification.application.OutboxConsole;
import com.buildappswith.booking.notification.application.OutboxMessageDetails;
import com.buildappswith.booking.notification.application.OutboxMessageNotFoundException;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.web.Messages;
import com.buildappswith.booking.web.PageIds;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * One outbox message whole ({@code /admin/outbox-message.xhtml?id=42}): to whom, its delivery, its text body, its
 * HTML body shown in a sandboxed frame (no scripts, no forms, no access to this page) and as source, and its
 * calendar invite's text; and the retry. An id that names no message says so on the page, with a 404.
 */
@Named
@ViewScoped
public class OutboxMessagePage implements Serializable {

    @Inject
    private OutboxConsole console;

    private String id;
    private OutboxMessageDetails details;

    public void load() {
        if (details != null) {
            return;
        }
        try {
            details = console.message(PageIds.parse(id).orElseThrow(() -> new OutboxMessageNotFoundException(0)));
        } catch (OutboxMessageNotFoundException e) {
            // Said by the page itself: the container's error page would hide which address was wrong.
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            Messages.error(null, "There is no outbox message '" + OutboxPage.abbreviated(String.valueOf(id)) + "'.");
        }
    }

    public void retry() {
        long messageId = details.message().id();
        try {
            console.retry(messageId);
            Messages.info("Message " + messageId + " is pending again with its attempts reset: the outbox job sends "
                    + "it on its next run.");
        } catch (DomainException e) {
            Messages.error(null, e.getMessage());
        }
        details = console.message(messageId);
    }

    public boolean isFound() {
        return details != null;
    }

    public OutboxMessageDetails getDetails() {
        return details;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
