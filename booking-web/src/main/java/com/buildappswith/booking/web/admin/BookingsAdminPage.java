package com.buildappswith.booking.web.admin;

import com.buildappswith.booking.payment.application.Payments;
import com.buildappswith.booking.payment.application.RefundAttention;
import com.buildappswith.booking.policy.application.AdminAudit;
import com.buildappswith.booking.policy.model.AuditArea;
import com.buildappswith.booking.scheduling.application.BookingFilter;
import com.buildappswith.booking.scheduling.application.BookingManagement;
import com.buildappswith.booking.scheduling.application.ManagedBookingView;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.shared.CalendarRange;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.Money;
import com.buildappswith.booking.shared.Page;
import com.buildappswith.booking.web.Formats;
import com.buildappswith.booking.web.Messages;
import com.buildappswith.booking.web.Timezones;
import com.buildappswith.booking.web.payment.PaymentWords;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Admins find bookings by client, builder, status and the dates they start on (in the zone the page shows times
 * in), a page at a time from the database, and open one to see its timeline or cancel it. Admin cancellations are
 * listed beneath.
 */
@Named
@ViewScoped
public class BookingsAdminPage implements Serializable {

    private static final int PAGE_SIZE = 20;
    /** Until the browser's zone is detected: named "UTC" as the zone menu names it, not "Z". */
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Inject
    private BookingManagement management;

    @Inject
    private AdminAudit audit;

    @Inject
    private Payments payments;

    /** Read once for the view; not written out with it (read again after a restore). */
    private transient List<RefundAttention> refundsNeedingAttention;

    @Size(max = 254, message = "Search for at most 254 characters.")
    private String client = "";

    @Size(max = 254, message = "Search for at most 254 characters.")
    private String builder = "";

    private BookingStatus status;
    private LocalDate from;
    private LocalDate to;
    private String timezone = UTC.getId();

    private AuditTrail trail;

    private final LazyDataModel<ManagedBookingView> bookings = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) searched(0, 1).total();
        }

        @Override
        public List<ManagedBookingView> load(int first, int pageSize, Map<String, SortMeta> sort,
                                             Map<String, FilterMeta> filters) {
            Page<ManagedBookingView> page = searched(first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ManagedBookingView booking) {
            return Long.toString(booking.id());
        }
    };

    @PostConstruct
    void init() {
        trail = new AuditTrail(audit, AuditArea.BOOKING);
    }

    /**
     * Checks the dates before the table reads the bookings again with the new filter, which leaves out a date outside
     * the calendar and reads dates the wrong way round as the first day alone.
     */
    public void search() {
        complainOutsideCalendar("search:from", "first date", from);
        complainOutsideCalendar("search:to", "last date", to);
        if (from != null && to != null && to.isBefore(from)) {
            Messages.error("search:to", "The last date comes on or after the first.");
        }
    }

    private static void complainOutsideCalendar(String clientId, String what, LocalDate date) {
        if (date != null && withinCalendar(date).isEmpty()) {
            Messages.error(clientId, "The " + what + " must lie between " + CalendarRange.FIRST + " and "
                    + CalendarRange.LAST + ".");
        }
    }

    BookingFilter filter() {
        Optional<LocalDate> first = withinCalendar(from);
        Optional<LocalDate> last = withinCalendar(to);
        boolean datesInOrder = first.isEmpty() || last.isEmpty() || !last.get().isBefore(first.get());
        return new BookingFilter(first, datesInOrder ? last : first, zone(), Optional.ofNullable(status),
                text(client), text(builder));
    }

    /** The date if the bookings can be searched by it; one outside the calendar, which search() named, is left out. */
    private static Optional<LocalDate> withinCalendar(LocalDate date) {
        return Optional.ofNullable(date).filter(day -> !day.isBefore(CalendarRange.FIRST)
                && !day.isAfter(CalendarRange.LAST));
    }

    /**
     * The bookings the filter finds, or none when the search refuses it: the table reads them while it renders,
     * where an exception would break the page; search() has already said what is wrong with the filter.
     */
    private Page<ManagedBookingView> searched(int first, int pageSize) {
        try {
            return management.search(filter(), first, pageSize);
        } catch (DomainException e) {
            return new Page<>(List.of(), 0, first, pageSize);
        }
    }

    private static Optional<String> text(String typed) {
        return Optional.ofNullable(typed).map(String::strip).filter(text -> !text.isEmpty());
    }

    /** The zone the dates are read in and the times shown in; the browser's, once detected. */
    public ZoneId zone() {
        return Timezones.parse(timezone).orElse(UTC);
    }

    /** The booking's payment on one line, or that there is none to make. */
    public String payment(ManagedBookingView booking) {
        return paymentOf(booking);
    }

    static String paymentOf(ManagedBookingView booking) {
        return booking.payment().map(PaymentWords::summary).orElse("None: a free session");
    }

    /** Refunds the provider failed too often, which someone must settle with the client: listed above the search. */
    public List<RefundAttention> getRefundsNeedingAttention() {
        if (refundsNeedingAttention == null) {
            refundsNeedingAttention = payments.refundsNeedingAttention();
        }
        return refundsNeedingAttention;
    }

    public String money(Money amount) {
        return Formats.money(amount);
    }

    public LazyDataModel<ManagedBookingView> getBookings() {
        return bookings;
    }

    public BookingStatus[] getStatuses() {
        return BookingStatus.values();
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public AuditTrail getTrail() {
        return trail;
    }

    public String getClient() {
        return client;
    }

    public void setClient(String client) {
        this.client = client;
    }

    public String getBuilder() {
        return builder;
    }

    public void setBuilder(String builder) {
        this.builder = builder;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public void setStatus(BookingStatus status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getTimezone() {
        return zone().getId();
    }

    public void setTimezone(String timezone) {
        this.timezone = timezone;
    }
}
