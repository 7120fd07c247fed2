package com.buildappswith.booking.web.admin;

import com.buildappswith.booking.policy.application.LimitsDraft;
import com.buildappswith.booking.policy.application.LimitsView;

import java.io.Serializable;

/**
 * The booking limits as the admin's form holds them, each with the bounds the database keeps ({@link LimitField}), so
 * a number out of range is told beside its field; the limits' rules together are the service's to check.
 */
public class LimitsForm implements Serializable {

    private long version;

    @Limit(LimitField.MAX_UPCOMING)
    private Integer maxUpcoming;

    @Limit(LimitField.MAX_UPCOMING_WITH_BUILDER)
    private Integer maxUpcomingWithBuilder;

    @Limit(LimitField.HOLDS_PER_CLIENT)
    private Integer holdsPerClient;

    @Limit(LimitField.HOLD_COOL_DOWN_HOURS)
    private Integer holdCoolDownHours;

    @Limit(LimitField.HOLD_MINUTES)
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
