package com.buildappswith.booking.web.scheduling;

import com.buildappswith.booking.scheduling.application.OwnSessionTypeView;
import com.buildappswith.booking.scheduling.application.SessionTypeDraft;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.scheduling.model.SlotRules;
import com.buildappswith.booking.shared.Money;
import com.buildappswith.booking.web.NoticeUnit;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A session type as the form holds it, for creating one ({@code id} null) or editing one. Single fields are
 * checked here; the combination is checked by {@link SlotRules} and the entity when the draft is made.
 */
public class SessionTypeForm implements Serializable {

    /** A minimum notice is at most a week: typed in minutes or hours. */
    static final NoticeUnit[] NOTICE_UNITS = {NoticeUnit.MINUTES, NoticeUnit.HOURS};

    private Long id;

    @NotBlank(message = "Enter a name.")
    @Size(max = SessionType.MAX_NAME, message = "A name has at most 80 characters.")
    private String name;

    @Size(max = SessionType.MAX_DESCRIPTION, message = "A description has at most 2000 characters.")
    private String description;

    @NotNull(message = "Enter the length in minutes.")
    @Min(value = SlotRules.SHORTEST_SESSION_MINUTES, message = "A session lasts at least 5 minutes.")
    @Max(value = SlotRules.LONGEST_SESSION_MINUTES, message = "A session lasts at most 8 hours (480 minutes).")
    private Integer durationMinutes;

    private boolean free;

    @DecimalMin(value = "0", message = "A price cannot be negative; a price of 0 makes the session free.")
    private BigDecimal priceAmount;

    @Pattern(regexp = "[A-Za-z]{3}", message = "Use a three-letter ISO currency code such as USD.")
    private String priceCurrency;

    @NotNull(message = "Enter the minutes kept free before (0 for none).")
    @Min(value = 0, message = "A buffer cannot be negative.")
    @Max(value = SlotRules.LONGEST_BUFFER_MINUTES, message = "A buffer is at most 240 minutes.")
    private Integer bufferBeforeMinutes;

    @NotNull(message = "Enter the minutes kept free after (0 for none).")
    @Min(value = 0, message = "A buffer cannot be negative.")
    @Max(value = SlotRules.LONGEST_BUFFER_MINUTES, message = "A buffer is at most 240 minutes.")
    private Integer bufferAfterMinutes;

    @NotNull(message = "Enter the minimum notice (0 for none).")
    @Min(value = 0, message = "Notice cannot be negative.")
    @Max(value = SlotRules.LONGEST_NOTICE_MINUTES, message = "Notice is at most a week (10080 minutes).")
    private Integer noticeAmount;

    @NotNull(message = "Choose minutes or hours.")
    private NoticeUnit noticeUnit;

    @NotNull(message = "Enter how many days ahead clients can book.")
    @Min(value = 1, message = "The horizon is at least 1 day.")
    @Max(value = SlotRules.LONGEST_HORIZON_DAYS, message = "The horizon is at most 365 days.")
    private Integer horizonDays;

    @NotNull(message = "Enter the spacing of start times in minutes.")
    @Min(value = SlotRules.SHORTEST_STEP_MINUTES, message = "Start times are at least 5 minutes apart.")
    @Max(value = SlotRules.LONGEST_STEP_MINUTES, message = "Start times are at most 480 minutes apart.")
    private Integer stepMinutes;

    @NotNull(message = "Enter how many clients one session takes.")
    @Min(value = 1, message = "A session takes at least one client.")
    @Max(value = SlotRules.LARGEST_CAPACITY, message = "A session takes at most 100 clients.")
    private Integer capacity;

    @Min(value = 1, message = "A daily limit allows at least one session; leave it empty for no limit.")
    @Max(value = SlotRules.LARGEST_DAILY_CAP, message = "A daily limit is at most 100.")
    private Integer maxPerDay;

    private boolean active;

    /** The cancellation policy chosen for the type's bookings; null for the site default. */
    private Long policyId;

    /** A new type starts with the same defaults as the entity: free, four hours' notice, 60 days ahead. */
    static SessionTypeForm blank() {
        SessionTypeForm form = new SessionTypeForm();
        form.durationMinutes = 30;
        form.free = true;
        form.priceCurrency = "USD";
        form.bufferBeforeMinutes = 0;
        form.bufferAfterMinutes = 0;
        form.noticeAmount = SessionType.DEFAULT_NOTICE_MINUTES / 60;
        form.noticeUnit = NoticeUnit.HOURS;
        form.horizonDays = SessionType.DEFAULT_HORIZON_DAYS;
        form.stepMinutes = SessionType.DEFAULT_STEP_MINUTES;
        form.capacity = 1;
        form.active = true;
        return form;
    }

    static SessionTypeForm of(OwnSessionTypeView type) {
        SlotRules rules = type.rules();
        SessionTypeForm form = blank();
        form.id = type.id();
        form.name = type.name();
        form.description = type.description();
        form.durationMinutes = (int) rules.duration().toMinutes();
        form.free = type.isFree();
        type.price().ifPresent(price -> {
            form.priceAmount = price.amount();
            form.priceCurrency = price.currency().getCurrencyCode();
        });
        form.bufferBeforeMinutes = (int) rules.bufferBefore().toMinutes();
        form.bufferAfterMinutes = (int) rules.bufferAfter().toMinutes();
        form.noticeUnit = NoticeUnit.largestFor(rules.minimumNotice(), NOTICE_UNITS);
        form.noticeAmount = form.noticeUnit.amountOf(rules.minimumNotice());
        form.horizonDays = (int) rules.horizon().toDays();
        form.stepMinutes = (int) rules.step().toMinutes();
        form.capacity = rules.capacity();
        form.maxPerDay = rules.maxPerDay().isPresent() ? rules.maxPerDay().getAsInt() : null;
        form.active = type.active();
        form.policyId = type.policyId().orElse(null);
        return form;
    }

    /**
     * Throws {@code IllegalArgumentException} with a message for the builder when the combination is wrong, and
     * {@code InvalidAmountException} when the price cannot be money.
     */
    SessionTypeDraft draft() {
        Duration notice = noticeUnit.times(noticeAmount);
        SlotRules rules = new SlotRules(Duration.ofMinutes(durationMinutes), Duration.ofMinutes(bufferBeforeMinutes),
                Duration.ofMinutes(bufferAfterMinutes), notice, Duration.ofDays(horizonDays),
                Duration.ofMinutes(stepMinutes), capacity,
                maxPerDay == null ? OptionalInt.empty() : OptionalInt.of(maxPerDay));
        return new SessionTypeDraft(name, description == null ? "" : description, price(), rules, active,
                Optional.ofNullable(policyId));
    }

    /** Empty when marked free; a price of zero is free too (the session type treats it so). */
    private Optional<Money> price() {
        if (free) {
            return Optional.empty();
        }
        if (priceAmount == null || priceCurrency == null) {
            throw new IllegalArgumentException("Enter a price and its currency, or mark the session as free.");
        }
        return Optional.of(Money.parse(priceAmount.toPlainString(), priceCurrency));
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public boolean isFree() {
        return free;
    }

    public void setFree(boolean free) {
        this.free = free;
    }

    public BigDecimal getPriceAmount() {
        return priceAmount;
    }

    public void setPriceAmount(BigDecimal priceAmount) {
        this.priceAmount = priceAmount;
    }

    public String getPriceCurrency() {
        return priceCurrency;
    }

    public void setPriceCurrency(String priceCurrency) {
        this.priceCurrency = priceCurrency;
    }

    public Integer getBufferBeforeMinutes() {
        return bufferBeforeMinutes;
    }

    public void setBufferBeforeMinutes(Integer bufferBeforeMinutes) {
        this.bufferBeforeMinutes = bufferBeforeMinutes;
    }

    public Integer getBufferAfterMinutes() {
        return bufferAfterMinutes;
    }

    public void setBufferAfterMinutes(Integer bufferAfterMinutes) {
        this.bufferAfterMinutes = bufferAfterMinutes;
    }

    public Integer getNoticeAmount() {
        return noticeAmount;
    }

    public void setNoticeAmount(Integer noticeAmount) {
        this.noticeAmount = noticeAmount;
    }

    public NoticeUnit getNoticeUnit() {
        return noticeUnit;
    }

    public void setNoticeUnit(NoticeUnit noticeUnit) {
        this.noticeUnit = noticeUnit;
    }

    public Integer getHorizonDays() {
        return horizonDays;
    }

    public void setHorizonDays(Integer horizonDays) {
        this.horizonDays = horizonDays;
    }

    public Integer getStepMinutes() {
        return stepMinutes;
    }

    public void setStepMinutes(Integer stepMinutes) {
        this.stepMinutes = stepMinutes;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Integer getMaxPerDay() {
        return maxPerDay;
    }

    public void setMaxPerDay(Integer maxPerDay) {
        this.maxPerDay = maxPerDay;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getPolicyId() {
        return policyId;
    }

    public void setPolicyId(Long policyId) {
        this.policyId = policyId;
    }
}
