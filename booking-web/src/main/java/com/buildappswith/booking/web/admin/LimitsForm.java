package com.buildappswith.booking.web.admin;

import com.buildappswith.booking.policy.application.LimitsDraft;
import com.buildappswith.booking.policy.application.LimitsView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;

/**
 * The booking limits as the admin's form holds them, with the bounds the database keeps (V7's checks), so a number
 * out of range is told beside its field; the limits' rules together are the service's to check.
 */
public class LimitsForm implements Serializable {

    private long version;

    @NotNull(message = "Enter how many upcoming bookings a client may have.")
    @Min(value = 1, message = "Allow at least 1.")
    @Max(value = 1000, message = "At most 1000.")
    private Integer maxUpcoming;

    @NotNull(message = "Enter how many upcoming bookings a client may have with one builder.")
    @Min(value = 1, message = "Allow at least 1.")
    @Max(value = 1000, message = "At most 1000.")
    private Integer maxUpcomingWithBuilder;

    @NotNull(message = "Enter how many unpaid holds a client may have at once.")
    @Min(value = 1, message = "Allow at least 1.")
    @Max(value = 100, message = "At most 100.")
    private Integer holdsPerClient;

    @NotNull(message = "Enter the hours before a client may hold the same slot again (0 for none).")
    @Min(value = 0, message = "The cool-down cannot be negative.")
    @Max(value = 8760, message = "At most a year (8760 hours).")
    private Integer holdCoolDownHours;

    @NotNull(message = "Enter how many minutes a slot is held while the client pays.")
    @Min(value = 1, message = "A hold lasts at least 1 minute.")
    @Max(value = 1440, message = "A hold lasts at most a day (1440 minutes).")
    private Integer holdMinutes;

    static LimitsForm of(LimitsView limits) {
        LimitsForm form = new LimitsForm();
        form.version = limits.version();
        form.maxUpcoming = limits.maxUpcoming();
        form.maxUpcomingWithBuilder = limits.maxUpcomingWithBuilder();
        form.holdsPerClient = limits.holdsPerClient();
        form.holdCoolDownHours = limits.holdCoolDownHours();
        form.holdMinutes = limits.holdMinutes();
        return form;
    }

    LimitsDraft draft() {
        return new LimitsDraft(maxUpcoming, maxUpcomingWithBuilder, holdsPerClient, holdCoolDownHours, holdMinutes);
    }

    long getVersion() {
        return version;
    }

    public Integer getMaxUpcoming() {
        return maxUpcoming;
    }

    public void setMaxUpcoming(Integer maxUpcoming) {
        this.maxUpcoming = maxUpcoming;
    }

    public Integer getMaxUpcomingWithBuilder() {
        return maxUpcomingWithBuilder;
    }

    public void setMaxUpcomingWithBuilder(Integer maxUpcomingWithBuilder) {
        this.maxUpcomingWithBuilder = maxUpcomingWithBuilder;
    }

    public Integer getHoldsPerClient() {
        return holdsPerClient;
    }

    public void setHoldsPerClient(Integer holdsPerClient) {
        this.holdsPerClient = holdsPerClient;
    }

    public Integer getHoldCoolDownHours() {
        return holdCoolDownHours;
    }

    public void setHoldCoolDownHours(Integer holdCoolDownHours) {
        this.holdCoolDownHours = holdCoolDownHours;
    }

    public Integer getHoldMinutes() {
        return holdMinutes;
    }

    public void setHoldMinutes(Integer holdMinutes) {
        this.holdMinutes = holdMinutes;
    }
}
