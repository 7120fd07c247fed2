package com.buildappswith.booking.policy.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a cancellation policy promises, as a value: until how long before the start a client may cancel for free,
 * what part of the price later notice still gives back, until when and how often the booking may be moved. A policy
 * carries its current terms; a booking carries a copy of the terms in force when it was made, so that an admin's
 * later edit never changes what a client already agreed to.
 * <p>
 * The refund tiers below the free-cancellation notice never give back more with less notice, so the refund can only
 * fall as the start comes closer. Durations are whole minutes; they are stored as minutes.
 */
@Embeddable
public class CancellationTerms {

    public static final int MAX_NAME = 80;
    public static final int MAX_RESCHEDULES = 20;
    /** More tiers than this are not a policy anyone can read, and would not fit the stored form. */
    public static final int MAX_TIERS = 10;
    /** No notice reaches further back than a year: a longer one is a typing mistake. */
    public static final Duration MAX_NOTICE = Duration.ofDays(365);

    /**
     * The terms of the policy the first migration of policies seeds as the site default ("Standard"), used where no
     * policy was chosen yet: free cancellation until 48 hours before, half back from 24 hours before, nothing
     * later; moves until 24 hours before, twice at most.
     */
    public static final CancellationTerms STANDARD = new CancellationTerms("Standard", Duration.ofHours(48),
            List.of(new RefundTier(Duration.ofHours(24), 50)), Duration.ofHours(24), 2);

    @Column(name = "policy_name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "terms_free_cancel_minutes", nullable = false)
    private long freeCancellationMinutes;

    /** The tiers as "minutes:percent" pairs, most notice first, comma-separated; empty when there are none. */
    @Column(name = "terms_refund_tiers", nullable = false, length = 500)
    private String refundTiers;

    @Column(name = "terms_reschedule_minutes", nullable = false)
    private long rescheduleMinutes;

    @Column(name = "terms_max_reschedules", nullable = false)
    private int maxReschedules;

    protected CancellationTerms() {
    }

    /**
     * @param freeCancellationNotice cancelling at least this long before the start gives everything back
     * @param tiers                  what cancelling later gives back, each with less notice than the free one
     * @param rescheduleNotice       moving the booking must come at least this long before its current start
     * @param maxReschedules         how often one booking may be moved, 0 for never
     * @throws InvalidTermsException when the terms are out of range or contradict themselves
     */
    public CancellationTerms(String name, Duration freeCancellationNotice, List<RefundTier> tiers,
                             Duration rescheduleNotice, int maxReschedules) {
        String stripped = Objects.requireNonNullElse(name, "").strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
            throw new InvalidTermsException("A policy needs a name of 1 to " + MAX_NAME + " characters.");
        }
        this.name = stripped;
        this.freeCancellationMinutes = minutes("free-cancellation notice", freeCancellationNotice);
        this.rescheduleMinutes = minutes("reschedule notice", rescheduleNotice);
        if (maxReschedules < 0 || maxReschedules > MAX_RESCHEDULES) {
            throw new InvalidTermsException("A booking may be moved from 0 to " + MAX_RESCHEDULES + " times.");
        }
        this.maxReschedules = maxReschedules;
        List<RefundTier> sorted = new ArrayList<>(Objects.requireNonNull(tiers, "Tiers are required."));
        if (sorted.size() > MAX_TIERS) {
            throw new InvalidTermsException("A policy has at most " + MAX_TIERS + " refund tiers.");
        }
        if (sorted.contains(null)) {
            throw new InvalidTermsException("A refund tier is missing its notice and percentage.");
        }
        sorted.sort(Comparator.comparing(RefundTier::minNotice).reversed());
        checkTiers(sorted, freeCancellationNotice);
        this.refundTiers = sorted.stream()
                .map(tier -> tier.minNotice().toMinutes() + ":" + tier.percent())
                .collect(Collectors.joining(","));
    }

    private static long minutes(String what, Duration notice) {
        Objects.requireNonNull(notice, "The " + what + " is required.");
        if (notice.isNegative() || notice.compareTo(MAX_NOTICE) > 0) {
            throw new InvalidTermsException("The " + what + " must be from 0 to 365 days.");
        }
        if (notice.toSecondsPart() != 0 || notice.toNanosPart() != 0) {
            throw new InvalidTermsException("The " + what + " is a whole number of minutes.");
        }
        return notice.toMinutes();
    }

    private static void checkTiers(List<RefundTier> mostNoticeFirst, Duration freeNotice) {
        RefundTier previous = null;
        for (RefundTier tier : mostNoticeFirst) {
            if (tier.minNotice().compareTo(freeNotice) >= 0) {
                throw new InvalidTermsException("A refund tier needs less notice than free cancellation ("
                        + freeNotice.toMinutes() + " minutes): it would never apply.");
            }
            if (tier.percent() == 100) {
                throw new InvalidTermsException("A tier that gives everything back is free cancellation: "
                        + "move the free-cancellation notice instead.");
            }
            if (previous != null && previous.minNotice().equals(tier.minNotice())) {
                throw new InvalidTermsException("Two refund tiers have the same notice.");
            }
            if (previous != null && tier.percent() > previous.percent()) {
                throw new InvalidTermsException("A tier with less notice cannot give back more ("
                        + tier.percent() + " % after " + previous.percent() + " %).");
            }
            previous = tier;
        }
    }

    public String name() {
        return name;
    }

    public Duration freeCancellationNotice() {
        return Duration.ofMinutes(freeCancellationMinutes);
    }

    /** The refund tiers, most notice first. */
    public List<RefundTier> tiers() {
        if (refundTiers.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(refundTiers.split(","))
                .map(pair -> pair.split(":"))
                .map(pair -> new RefundTier(Duration.ofMinutes(Long.parseLong(pair[0])), Integer.parseInt(pair[1])))
                .toList();
    }

    public Duration rescheduleNotice() {
        return Duration.ofMinutes(rescheduleMinutes);
    }

    public int maxReschedules() {
        return maxReschedules;
    }

    /**
     * The whole percentage a client's cancellation gives back with {@code notice} before the start: everything at
     * the free-cancellation notice or more (the deadline instant itself is still free), else the tier with the most
     * notice that the cancellation meets, else nothing. No notice left (the session started) gives nothing.
     */
    public int refundPercent(Duration notice) {
        Objects.requireNonNull(notice, "Notice is required.");
        if (notice.isNegative()) {
            return 0;
        }
        if (notice.compareTo(freeCancellationNotice()) >= 0) {
            return 100;
        }
        return tiers().stream()
                .filter(tier -> notice.compareTo(tier.minNotice()) >= 0)
                .mapToInt(RefundTier::percent)
                .findFirst()
                .orElse(0);
    }

    /** The last instant a client may cancel a session starting at {@code start} and get everything back. */
    public Instant freeCancellationUntil(Instant start) {
        return start.minus(freeCancellationNotice());
    }

    /** The last instant a session starting at {@code start} may still be moved. */
    public Instant rescheduleUntil(Instant start) {
        return start.minus(rescheduleNotice());
    }

    /** Whether a booking already moved {@code timesMoved} times may be moved once more. */
    public boolean allowsAnotherReschedule(int timesMoved) {
        return timesMoved < maxReschedules;
    }

    /**
     * The terms laid out for a session starting at {@code start}, earliest first: each window's percentage applies
     * to a cancellation up to and including its end. The last window ends at the start; after it, nothing is given
     * back and cancelling is no longer possible. Neighbouring tiers that give back the same share are one window,
     * so each window gives back less than the one before.
     */
    public List<RefundWindow> windows(Instant start) {
        List<RefundWindow> windows = new ArrayList<>();
        windows.add(new RefundWindow(100, freeCancellationUntil(start)));
        for (RefundTier tier : tiers()) {
            extend(windows, new RefundWindow(tier.percent(), start.minus(tier.minNotice())));
        }
        if (windows.get(windows.size() - 1).until().isBefore(start)) {
            extend(windows, new RefundWindow(0, start));
        }
        return List.copyOf(windows);
    }

    /**
     * The terms laid out for a session that starts at {@code start} and whose cancellation notice counts to
     * {@code noticeFrom} (a moved booking keeps its first start's deadlines when it was moved later): the windows of
     * {@code noticeFrom}, then nothing back from there until the session starts.
     */
    public List<RefundWindow> windows(Instant noticeFrom, Instant start) {
        List<RefundWindow> windows = new ArrayList<>(windows(noticeFrom));
        if (start.isAfter(noticeFrom)) {
            extend(windows, new RefundWindow(0, start));
        }
        return List.copyOf(windows);
    }

    /** Adds {@code next} after the last window, or moves the last window's end when it gives back the same. */
    private static void extend(List<RefundWindow> windows, RefundWindow next) {
        int last = windows.size() - 1;
        if (windows.get(last).percent() == next.percent()) {
            windows.set(last, next);
        } else {
            windows.add(next);
        }
    }

    /**
     * Everything these terms promise, in one canonical line: equal terms give the same text, and any change a client
     * could notice (the name too, since pages show it) gives another. Tiers are already stored most notice first.
     */
    public String canonicalText() {
        return String.join("|", name, Long.toString(freeCancellationMinutes), refundTiers,
                Long.toString(rescheduleMinutes), Integer.toString(maxReschedules));
    }

    /**
     * A short stable digest of {@link #canonicalText()} (32 hex digits of its SHA-256), which a page or an API client
     * sends back with a booking to say which terms it showed, without sending the terms themselves.
     */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonicalText().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256.", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CancellationTerms that && freeCancellationMinutes == that.freeCancellationMinutes
                && rescheduleMinutes == that.rescheduleMinutes && maxReschedules == that.maxReschedules
                && name.equals(that.name) && refundTiers.equals(that.refundTiers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, freeCancellationMinutes, refundTiers, rescheduleMinutes, maxReschedules);
    }

    /** The terms in one line, for the audit log and messages: "Standard: free until 2880 min before; ...". */
    @Override
    public String toString() {
        String tierText = tiers().stream()
                .map(tier -> tier.percent() + " % from " + tier.minNotice().toMinutes() + " min before")
                .collect(Collectors.joining(", "));
        return name + ": free until " + freeCancellationMinutes + " min before"
                + (tierText.isEmpty() ? "" : "; " + tierText)
                + "; moves until " + rescheduleMinutes + " min before, at most " + maxReschedules;
    }
}
