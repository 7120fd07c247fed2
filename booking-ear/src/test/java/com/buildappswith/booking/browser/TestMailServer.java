package com.buildappswith.booking.browser;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test server's SMTP server: a GreenMail on the loopback port the build gives the server as
 * {@code BOOKING_SMTP_PORT} ({@code booking.smtpPort}), running for the whole test JVM (a listener of the JUnit
 * launcher's session, registered in META-INF/services), so the mail of every test is delivered, as it would be in
 * production, and the server's log shows no failed deliveries but those a test brings about. The mail tests read what
 * arrived; {@link MailOutageIT} stops it to see the outbox wait, and starts it again.
 */
public final class TestMailServer implements LauncherSessionListener {

    private static final ServerSetup SMTP = new ServerSetup(Integer.getInteger("booking.smtpPort", 18025),
            "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    private static GreenMail running;
    private static RuntimeException notStarted;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try {
            start();
        } catch (RuntimeException e) {
            // Only the mail tests need it: they fail with this cause (requireRunning), the other tests go on.
            notStarted = e;
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    static synchronized void start() {
        if (running == null) {
            GreenMail server = new GreenMail(SMTP);
            server.start();
            running = server;
            notStarted = null;
        }
    }

    static synchronized void stop() {
        if (running != null) {
            running.stop();
            running = null;
        }
    }

    /** Fails the test when the mail server could not start (its port taken, say), with the reason. */
    static synchronized void requireRunning() {
        assertThat(running).as("the tests' SMTP server on 127.0.0.1:" + SMTP.getPort()
                + (notStarted == null ? "" : ": " + notStarted)).isNotNull();
    }

    /** Every message received since the server last started. */
    static synchronized List<MimeMessage> received() {
        return running == null ? List.of() : List.of(running.getReceivedMessages());
    }
}
