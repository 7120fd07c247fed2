package com.buildappswith.booking.web.admin;

import com.buildappswith.booking.policy.application.PolicyDraft;
import com.buildappswith.booking.policy.application.PolicyView;
import com.buildappswith.booking.policy.model.CancellationTerms;
import com.buildappswith.booking.policy.model.InvalidTermsException;
import com.buildappswith.booking.policy.model.RefundTier;
import com.buildappswith.booking.web.NoticeUnit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A cancellation policy as the admin's form holds it, for creating one ({@code id} null) or editing the version
 * it was read at. Single fields are checked here; whether the terms make sense together is the model's to say
 * ({@link InvalidTermsException}, shown at the form).
 */
public class PolicyForm implements Serializable {

    /** The largest amount a notice field takes in any unit: a year in minutes; the model bounds the notice itself. */
    private static final int LARGEST_AMOUNT = 525_600;

    private Long id;
    private long version;

    private String name;

    @NotNull(message = "Enter the free-cancellation notice (0 for up to the start).")
    @Min(value = 0, message = "A notice cannot be negative.")
    @Max(value = LARGEST_AMOUNT, message = "A notice is at most a year.")
    private Integer freeCancellationAmount;

    @NotNull(message = "Choose a unit.")
    private NoticeUnit freeCancellationUnit;

    @Valid
    private final List<TierRow> tiers = new ArrayList<>();

    @NotNull(message = "Enter the reschedule notice (0 for up to the start).")
    @Min(value = 0, message = "A notice cannot be negative.")
    @Max(value = LARGEST_AMOUNT, message = "A notice is at most a year.")
    private Integer rescheduleAmount;

    @NotNull(message = "Choose a unit.")
    private NoticeUnit rescheduleUnit;

    @NotNull(message = "Enter how often a booking may be moved (0 for never).")
    @Min(value = 0, message = "A booking may be moved 0 times or more.")
    @Max(value = CancellationTerms.MAX_RESCHEDULES, message = "A booking may be moved at most 20 times.")
    private Integer maxReschedules;

    private boolean published;

    /** A new policy starts as the Standard terms under no name, not yet offered to builders. */
    static PolicyForm blank() {
        PolicyForm form = fill(new PolicyForm(), CancellationTerms.STANDARD);
        form.name = "";
        return form;
    }

    static PolicyForm of(PolicyView policy) {
        PolicyForm form = fill(new PolicyForm(), policy.terms());
        form.id = policy.id();
        form.version = policy.version();
        form.published = policy.published();
        return form;
    }

    private static PolicyForm fill(PolicyForm form, CancellationTerms terms) {
        form.name = terms.name();
        form.freeCancellationUnit = NoticeUnit.largestFor(terms.freeCancellationNotice());
        form.freeCancellationAmount = form.freeCancellationUnit.amountOf(terms.freeCancellationNotice());
        terms.tiers().forEach(tier -> form.tiers.add(TierRow.of(tier)));
        form.rescheduleUnit = NoticeUnit.largestFor(terms.rescheduleNotice());
        form.rescheduleAmount = form.rescheduleUnit.amountOf(terms.rescheduleNotice());
        form.maxReschedules = terms.maxReschedules();
        return form;
    }

    /** The policy as typed; the terms refuse a contradiction with {@link InvalidTermsException}. */
    PolicyDraft draft() {
        List<RefundTier> refundTiers = tiers.stream().map(TierRow::tier).toList();
        CancellationTerms terms = new CancellationTerms(name, freeCancellationUnit.times(freeCancellationAmount),
                refundTiers, rescheduleUnit.times(rescheduleAmount), maxReschedules);
        return new PolicyDraft(terms, published);
    }

    /** Adds an empty row below the others, giving nothing back up to the start until the admin types more. */
    public void addTier() {
        tiers.add(new TierRow());
    }

    /** Removes the row at {@code index} (as the page numbered them); an index no longer there removes nothing. */
    public void removeTier(int index) {
        if (index >= 0 && index < tiers.size()) {
            tiers.remove(index);
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getFreeCancellationAmount() {
        return freeCancellationAmount;
    }

    public void setFreeCancellationAmount(Integer freeCancellationAmount) {
        this.freeCancellationAmount = freeCancellationAmount;
    }

    public NoticeUnit getFreeCancellationUnit() {
        return freeCancellationUnit;
    }

    public void setFreeCancellationUnit(NoticeUnit freeCancellationUnit) {
        this.freeCancellationUnit = freeCancellationUnit;
    }

    public List<TierRow> getTiers() {
        return tiers;
    }

    public Integer getRescheduleAmount() {
        return rescheduleAmount;
    }

    public void setRescheduleAmount(Integer rescheduleAmount) {
        this.rescheduleAmount = rescheduleAmount;
    }

    public NoticeUnit getRescheduleUnit() {
        return rescheduleUnit;
    }

    public void setRescheduleUnit(NoticeUnit rescheduleUnit) {
        this.rescheduleUnit = rescheduleUnit;
    }

    public Integer getMaxReschedules() {
        return maxReschedules;
    }

    public void setMaxReschedules(Integer maxReschedules) {
        this.maxReschedules = maxReschedules;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    /** One refund tier as a row of the form: with at least this notice, this part of the price comes back. */
    public static class TierRow implements Serializable {

        @NotNull(message = "Enter the tier's notice (0 for up to the start).")
        @Min(value = 0, message = "A notice cannot be negative.")
        @Max(value = LARGEST_AMOUNT, message = "A notice is at most a year.")
        private Integer noticeAmount = 0;

        @NotNull(message = "Choose a unit.")
        private NoticeUnit noticeUnit = NoticeUnit.HOURS;

        @NotNull(message = "Enter the percentage given back.")
        @Min(value = 0, message = "A tier gives back 0 % or more.")
        @Max(value = 99, message = "A tier gives back at most 99 %: 100 % is free cancellation.")
        private Integer percent = 0;

        static TierRow of(RefundTier tier) {
            TierRow row = new TierRow();
            row.noticeUnit = NoticeUnit.largestFor(tier.minNotice());
            row.noticeAmount = row.noticeUnit.amountOf(tier.minNotice());
            row.percent = tier.percent();
            return row;
        }

        RefundTier tier() {
            Duration notice = noticeUnit.times(noticeAmount);
            return new RefundTier(notice, percent);
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

        public Integer getPercent() {
            return percent;
        }

        public void setPercent(Integer percent) {
            this.percent = percent;
        }
    }
}
