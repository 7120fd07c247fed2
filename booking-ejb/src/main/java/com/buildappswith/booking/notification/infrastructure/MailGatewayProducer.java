package com.buildappswith.booking.notification.infrastructure;

import com.buildappswith.booking.notification.model.DeliveryRetry;
import com.buildappswith.booking.notification.model.MailGateway;
import com.buildappswith.booking.shared.InvalidSettingException;
import com.buildappswith.booking.shared.Setting;
import com.buildappswith.booking.shared.Settings;
import com.buildappswith.booking.shared.StartUpProblems;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Decides once per start where the outbox's mail goes, and says so in the log once: the SMTP server of
 * {@code BOOKING_SMTP_*} when it is set; else the server's mail session ({@code mail/booking} on Payara,
 * {@code java:jboss/mail/booking} on WildFly, as the README tells operators to name them); else nowhere, and the messages wait in the
 * outbox. Settings that cannot be used also send nothing (and say why), rather than spend the messages' attempts.
 */
@ApplicationScoped
public class MailGatewayProducer {

    /** The names the README and config/wildfly/configure.cli give an operator's own mail session. */
    static final List<String> SERVER_SESSIONS = List.of("mail/booking", "java:jboss/mail/booking");

    private static final Logger LOG = Logger.getLogger(MailGatewayProducer.class.getName());
    private static final String STEP = "mail";

    @Inject
    private Clock clock;

    @Inject
    private StartUpProblems problems;

    private DeliveryRetry retry;

    @PostConstruct
    void readRetry() {
        retry = retry(Settings.fromSystem());
    }

    /**
     * {@code BOOKING_MAIL_ATTEMPTS} attempts (1 to 100, {@link DeliveryRetry#STANDARD}'s by default) with the standard
     * backoff, whose first wait {@code BOOKING_MAIL_FIRST_RETRY_SECONDS} may shorten or lengthen (1 s to the longest
     * wait; the tests against a deployed server use a few seconds).
     *
     * @throws InvalidSettingException when a number cannot be used
     */
    static DeliveryRetry configuredRetry(Settings settings) {
        DeliveryRetry standard = DeliveryRetry.STANDARD;
        int firstSeconds = settings.count(Setting.MAIL_FIRST_RETRY_SECONDS, 1, (int) standard.longest().toSeconds(),
                (int) standard.first().toSeconds());
        return new DeliveryRetry(settings.count(Setting.MAIL_ATTEMPTS, 1, 100, standard.attempts()),
                Duration.ofSeconds(firstSeconds), standard.longest());
    }

    /** The configured retry; a bad value is reported and the standard applies, the same as for no value. */
    private DeliveryRetry retry(Settings settings) {
        try {
            return configuredRetry(settings);
        } catch (InvalidSettingException e) {
            problems.report(STEP, e.getMessage() + "; the standard retry applies ("
                    + DeliveryRetry.STANDARD.attempts() + " attempts, the first retry after "
                    + DeliveryRetry.STANDARD.first().toSeconds() + " s)");
            return DeliveryRetry.STANDARD;
        }
    }

    /** Decides at start-up rather than at the first outbox run, so the log says where mail goes from the start. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started, MailGateway gateway) {
        gateway.server();
    }

    @Produces
    DeliveryRetry deliveryRetry() {
        return retry;
    }

    @Produces
    @ApplicationScoped
    MailGateway gateway() {
        Settings settings = Settings.fromSystem();
        Optional<SmtpSettings> smtp;
        InternetAddress fallbackFrom;
        try {
            smtp = SmtpSettings.from(settings);
            fallbackFrom = SmtpSettings.defaultSender(settings);
        } catch (InvalidSettingException e) {
            problems.report(STEP, e.getMessage() + "; no mail is sent until it is fixed, the outbox keeps it");
            return new NoMailServer();
        }
        if (smtp.isPresent()) {
            LOG.info(() -> "Mail is sent through " + smtp.get().describe() + " from " + smtp.get().from() + ".");
            return SmtpMailGateway.of(smtp.get(), clock);
        }
        for (String name : SERVER_SESSIONS) {
            Optional<Session> session = lookUp(name);
            if (session.isPresent()) {
                SmtpMailGateway gateway = SmtpMailGateway.ofServerSession(session.get(), name, fallbackFrom, clock);
                LOG.info(() -> "Mail is sent through " + gateway.server().orElseThrow() + ".");
                return gateway;
            }
        }
        LOG.info("No mail server: neither BOOKING_SMTP_HOST nor the server's mail session (" + SERVER_SESSIONS
                + ") is configured. Mail stays in the outbox, where an admin sees it at /admin/outbox.");
        return new NoMailServer();
    }

    private static Optional<Session> lookUp(String name) {
        try {
            return Optional.of((Session) new InitialContext().lookup(name));
        } catch (NamingException | ClassCastException e) {
            return Optional.empty();
        }
    }
}
