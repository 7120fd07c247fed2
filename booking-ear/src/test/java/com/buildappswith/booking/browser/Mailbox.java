package com.buildappswith.booking.browser;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** What the tests' SMTP server received for one address, waited for as the outbox job sends it. */
final class Mailbox {

    /**
     * How long a test waits for mail: the outbox job runs every 2 s in the test server (booking-ear/pom.xml), and a
     * message that met no mail server is tried again 5 s later.
     */
    static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Long enough for the outbox job to have run a few more times: what did not arrive by then does not come. */
    static final Duration SETTLE = Duration.ofSeconds(7);

    private final String address;

    Mailbox(String address) {
        this.address = address;
    }

    /** The messages received for the address that match, in the order they arrived. */
    List<ReceivedMail> received(Predicate<ReceivedMail> which) {
        return TestMailServer.received().stream()
                .filter(this::isForMe)
                .map(ReceivedMail::of)
                .filter(which)
                .toList();
    }

    /** Read from the envelope before the message is taken apart: the server receives every test's mail. */
    private boolean isForMe(MimeMessage message) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            return to != null && Arrays.stream(to).anyMatch(recipient -> recipient instanceof InternetAddress
                    internet && internet.getAddress().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException("A received message has no readable recipients", e);
        }
    }

    /** Waits until {@code count} matching messages arrived, failing the test after {@link #PATIENCE}. */
    List<ReceivedMail> await(int count, Predicate<ReceivedMail> which) throws InterruptedException {
        TestMailServer.requireRunning();
        Instant giveUp = Instant.now().plus(PATIENCE);
        List<ReceivedMail> received = received(which);
        while (received.size() < count && Instant.now().isBefore(giveUp)) {
            Thread.sleep(250);
            received = received(which);
        }
        assertThat(received).as("mail to " + address).hasSizeGreaterThanOrEqualTo(count);
        return received;
    }

    /** Waits for the one matching message, and a while longer to see that no second copy follows it. */
    ReceivedMail awaitOne(Predicate<ReceivedMail> which) throws InterruptedException {
        await(1, which);
        Thread.sleep(SETTLE.toMillis());
        List<ReceivedMail> received = received(which);
        assertThat(received).as("mail to " + address + ", once").hasSize(1);
        return received.get(0);
    }

    static Predicate<ReceivedMail> about(long bookingId) {
        return mail -> mail.isAbout(bookingId);
    }

    static Predicate<ReceivedMail> subjectStarting(String start) {
        return mail -> mail.subject().startsWith(start);
    }
}
