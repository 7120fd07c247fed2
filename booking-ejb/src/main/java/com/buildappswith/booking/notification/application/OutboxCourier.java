package com.buildappswith.booking.notification.application;

import com.buildappswith.booking.notification.model.DeliveryRetry;
import com.buildappswith.booking.notification.model.MailGateway;
import com.buildappswith.booking.notification.model.MailNotSentException;
import com.buildappswith.booking.notification.model.OutboxMessage;
import com.buildappswith.booking.notification.model.OutboxStatus;
import com.buildappswith.booking.notification.model.OutgoingMail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox's due mail in three steps, as plain Java over short transactions and a mail gateway:
 * <ol>
 * <li>one transaction claims up to a batch of due messages for this node until a while from now (the rows are read
 * with {@code FOR UPDATE SKIP LOCKED}, so concurrent senders, on this node or another, take different ones, and a
 * claimed message is not due for anyone else until its claim lapses);</li>
 * <li>the mail server is given each message outside any transaction, so no lock is held while it answers;</li>
 * <li>each outcome is recorded in a transaction of its own: sent, or a failed attempt that waits for the retry's
 * backoff (or is given up).</li>
 * </ol>
 * No message is sent twice by two senders: a sender starts a message only while its claim has at least
 * {@link #MARGIN} left, more than one message can take with the gateway's timeouts, so nobody else can have claimed
 * it by then. What remains is the window every outbox has: when the mail server has accepted a message and the node
 * dies (or the database fails) before the outcome is committed, the claim lapses and the message is sent again. It
 * carries the same Message-ID, so mail clients show it once.
 * <p>
 * A recipient or message the server refuses for good (a 5xx reply) is given up at once: the same message would be
 * refused again, and the admin console shows the server's reply. Everything else (no server, a timeout, a 4xx, a
 * refused sign-in) is retried with the backoff. When the server cannot be reached at all, the rest of the batch is
 * not tried against it again (each would wait for the same timeout): they fail the same attempt with the same error.
 * <p>
 * With no mail server configured nothing is claimed and no attempt is counted: the messages wait in the outbox.
 * {@link OutboxDelivery} runs it in the server; the database tests run the same code outside it.
 */
public final class OutboxCourier {

    /** How long a claim keeps a message from other senders: ample for a batch at the gateway's timeouts. */
    static final Duration CLAIM = Duration.ofMinutes(5);

    /** No message is started later than this before its claim ends. */
    static final Duration MARGIN = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(OutboxCourier.class.getName());

    private final OutboxWork.Transactions transactions;
    private final MailGateway gateway;
    private final DeliveryRetry retry;
    private final DeliveryRetry noRetry;
    private final String node;
    private final Clock clock;
    private final Duration claim;

    /** @param claim how long a claim lasts; more than {@link #MARGIN} */
    public OutboxCourier(OutboxWork.Transactions transactions, MailGateway gateway, DeliveryRetry retry, String node,
                         Clock clock, Duration claim) {
        this.transactions = Objects.requireNonNull(transactions, "Transactions are required.");
        this.gateway = Objects.requireNonNull(gateway, "A mail gateway is required.");
        this.retry = Objects.requireNonNull(retry, "A retry policy is required.");
        this.noRetry = new DeliveryRetry(1, retry.first(), retry.longest());
        this.node = Objects.requireNonNull(node, "The node is required.");
        this.clock = Objects.requireNonNull(clock, "A clock is required.");
        this.claim = Objects.requireNonNull(claim, "The claim's length is required.");
        if (claim.compareTo(MARGIN) <= 0) {
            throw new IllegalArgumentException("A claim must last longer than " + MARGIN + ", not " + claim + ".");
        }
    }

    /**
     * Sends up to {@code max} of the messages due now, oldest due first. Without a mail server it does nothing.
     *
     * @return what became of the messages it claimed
     */
    public DeliveryTally deliverDue(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("At least one message must be allowed, not " + max + ".");
        }
        if (gateway.server().isEmpty()) {
            return DeliveryTally.NOTHING;
        }
        Instant now = clock.instant();
        Instant claimedUntil = now.plus(claim);
        List<OutgoingMail> claimed = transactions.inTransaction(work -> claimDue(work, now, claimedUntil, max));
        if (claimed.isEmpty()) {
            return DeliveryTally.NOTHING;
        }
        Instant lastStart = claimedUntil.minus(MARGIN);
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        Optional<MailNotSentException> unreachable = Optional.empty();
        try (MailGateway.Connection connection = gateway.open()) {
            for (OutgoingMail mail : claimed) {
                if (unreachable.isEmpty() && clock.instant().isAfter(lastStart)) {
                    break;
                }
                Optional<MailNotSentException> failure = unreachable;
                if (failure.isEmpty()) {
                    try {
                        connection.send(mail);
                    } catch (MailNotSentException e) {
                        failure = Optional.of(e);
                        if (e.reason() == MailNotSentException.Reason.UNREACHABLE) {
                            unreachable = failure;
                        }
                    }
                }
                OutboxStatus status;
                try {
                    status = record(mail, failure);
                } catch (RuntimeException e) {
                    // Not recorded: stop sending what could not be recorded either. The claims lapse and a later run
                    // sends these (a sent one again, with its Message-ID).
                    LOG.log(Level.WARNING, "Could not record the outcome of outbox message " + mail.outboxId()
                            + "; the run stops here", e);
                    break;
                }
                switch (status) {
                    case SENT -> sent++;
                    case PENDING -> retrying++;
                    case FAILED -> failed++;
                }
            }
        }
        DeliveryTally tally = new DeliveryTally(claimed.size(), sent, retrying, failed);
        Optional<MailNotSentException> cause = unreachable;
        if (tally.retrying() + tally.failed() > 0) {
            LOG.warning(() -> "Outbox through " + gateway.server().orElseThrow() + ": " + describe(tally)
                    + cause.map(e -> "; the mail server could not be reached: " + e.getMessage()).orElse(""));
        } else {
            LOG.fine(() -> "Outbox through " + gateway.server().orElseThrow() + ": " + describe(tally));
        }
        return tally;
    }

    private List<OutgoingMail> claimDue(OutboxWork work, Instant now, Instant until, int max) {
        List<OutgoingMail> claimed = new ArrayList<>();
        for (OutboxMessage message : work.queue().lockDue(now, max)) {
            // Read after its row was locked: a sender that claimed it just before is seen here and it is left alone.
            if (message.isDueAt(now)) {
                message.claim(node, until);
                claimed.add(OutgoingMail.of(message));
            }
        }
        return claimed;
    }

    private OutboxStatus record(OutgoingMail mail, Optional<MailNotSentException> failure) {
        return transactions.inTransaction(work -> {
            OutboxMessage message = work.queue().find(mail.outboxId()).orElseThrow(() ->
                    new IllegalStateException("Outbox message " + mail.outboxId() + " is gone."));
            Instant at = clock.instant();
            failure.ifPresentOrElse(
                    e -> message.attemptFailed(e.getMessage(), at,
                            e.reason() == MailNotSentException.Reason.REFUSED ? noRetry : retry),
                    () -> message.sent(at));
            return message.status();
        });
    }

    private static String describe(DeliveryTally tally) {
        return tally.claimed() + " claimed, " + tally.sent() + " sent, " + tally.retrying() + " to retry, "
                + tally.failed() + " given up";
    }
}
