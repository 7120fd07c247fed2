package com.buildappswith.booking.web.admin;

import com.buildappswith.booking.notification.application.OutboxConsole;
import com.buildappswith.booking.notification.application.OutboxCounts;
import com.buildappswith.booking.notification.application.OutboxMessageView;
import com.buildappswith.booking.notification.model.OutboxFilter;
import com.buildappswith.booking.notification.model.OutboxStatus;
import com.buildappswith.booking.policy.application.AdminAudit;
import com.buildappswith.booking.policy.model.AuditArea;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.Page;
import com.buildappswith.booking.web.Messages;
import com.buildappswith.booking.web.PageIds;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The outbox ({@code /admin/outbox.xhtml?status=FAILED&recipient=ada&booking=7&page=2}): every message written, newest
 * first, filtered by the address's parameters (a plain GET form sets them, so a filtered list can be shared), with
 * its attempts and last error, and a retry for those not sent. A parameter that cannot be read is said on the page
 * and left out of the filter. Retries are listed beneath, from the audit log.
 */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    static final int PAGE_SIZE = 25;

    @Inject
    private OutboxConsole console;

    @Inject
    private AdminAudit audit;

    private String statusParameter;
    private String recipientParameter;
    private String bookingParameter;
    private String pageParameter;

    private OutboxFilter filter = OutboxFilter.all();
    private int page = 1;
    private Page<OutboxMessageView> messages;
    private OutboxCounts counts;
    private AuditTrail trail;

    @PostConstruct
    void init() {
        trail = new AuditTrail(audit, AuditArea.NOTIFICATION);
    }

    public void load() {
        if (messages != null) {
            return;
        }
        Optional<OutboxStatus> status = Optional.ofNullable(statusParameter).filter(text -> !text.isBlank())
                .flatMap(OutboxPage::status);
        Optional<String> recipient = Optional.ofNullable(recipientParameter).map(String::strip)
                .filter(text -> !text.isEmpty());
        if (recipient.filter(text -> text.length() > OutboxFilter.MAX_RECIPIENT).isPresent()) {
            Messages.error(null, "Search for a recipient with at most " + OutboxFilter.MAX_RECIPIENT
                    + " characters; the list is not filtered by recipient.");
            recipient = Optional.empty();
        }
        Optional<Long> booking = Optional.ofNullable(bookingParameter).filter(text -> !text.isBlank())
                .flatMap(text -> PageIds.parse(text).or(() -> {
                    Messages.error(null, "'" + abbreviated(text) + "' is not a booking number; the list is not "
                            + "filtered by booking.");
                    return Optional.empty();
                }));
        filter = new OutboxFilter(status, recipient, booking);
        page = Optional.ofNullable(pageParameter).filter(text -> !text.isBlank())
                .flatMap(text -> PageIds.parse(text).filter(number -> number <= Integer.MAX_VALUE / PAGE_SIZE).or(() -> {
                    Messages.error(null, "'" + abbreviated(text) + "' is not a page number: here is the first page.");
                    return Optional.empty();
                }))
                .map(Long::intValue)
                .orElse(1);
        read();
        if (messages.items().isEmpty() && page > 1) {
            Messages.error(null, "There is no page " + page + " of these messages: here is the first page.");
            page = 1;
            read();
        }
    }

    private static Optional<OutboxStatus> status(String text) {
        try {
            return Optional.of(OutboxStatus.valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            Messages.error(null, "'" + abbreviated(text) + "' is not a status; use one of "
                    + Arrays.toString(OutboxStatus.values()) + ". All statuses are shown.");
            return Optional.empty();
        }
    }

    private void read() {
        messages = console.messages(filter, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        counts = console.counts();
    }

    /** Sends the message again at the outbox job's next run, its attempts counted afresh. */
    public void retry(long id) {
        try {
            OutboxMessageView retried = console.retry(id);
            Messages.info("Message " + id + " to " + retried.recipientEmail() + " is pending again with its attempts "
                    + "reset: the outbox job sends it on its next run.");
        } catch (DomainException e) {
            Messages.error(null, e.getMessage());
        }
        read();
    }

    static String abbreviated(String text) {
        String stripped = text.strip();
        return stripped.length() <= 40 ? stripped : stripped.substring(0, 40) + "...";
    }

    public List<OutboxMessageView> getMessages() {
        return messages.items();
    }

    public long getTotal() {
        return messages.total();
    }

    public OutboxCounts getCounts() {
        return counts;
    }

    public OutboxStatus[] getStatuses() {
        return OutboxStatus.values();
    }

    /** The status the list is filtered by, as the form's menu shows it; empty for all. */
    public String getStatus() {
        return filter.status().map(Enum::name).orElse("");
    }

    public String getRecipient() {
        return filter.recipient().orElse("");
    }

    public String getBooking() {
        return filter.bookingId().map(String::valueOf).orElse("");
    }

    public int getPage() {
        return page;
    }

    public int getPageCount() {
        return (int) Math.max(1, (messages.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isNewerPage() {
        return page > 1;
    }

    public boolean isOlderPage() {
        return (long) page * PAGE_SIZE < messages.total();
    }

    public AuditTrail getTrail() {
        return trail;
    }

    public String getStatusParameter() {
        return statusParameter;
    }

    public void setStatusParameter(String statusParameter) {
        this.statusParameter = statusParameter;
    }

    public String getRecipientParameter() {
        return recipientParameter;
    }

    public void setRecipientParameter(String recipientParameter) {
        this.recipientParameter = recipientParameter;
    }

    public String getBookingParameter() {
        return bookingParameter;
    }

    public void setBookingParameter(String bookingParameter) {
        this.bookingParameter = bookingParameter;
    }

    public String getPageParameter() {
        return pageParameter;
    }

    public void setPageParameter(String pageParameter) {
        this.pageParameter = pageParameter;
    }
}
