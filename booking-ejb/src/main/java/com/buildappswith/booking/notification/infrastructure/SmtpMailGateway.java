package com.buildappswith.booking.notification.infrastructure;

import com.buildappswith.booking.notification.model.CalendarInvite;
import com.buildappswith.booking.notification.model.MailGateway;
import com.buildappswith.booking.notification.model.MailNotSentException;
import com.buildappswith.booking.notification.model.MailNotSentException.Reason;
import com.buildappswith.booking.notification.model.OutgoingMail;
import jakarta.activation.DataHandler;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Sends outbox messages through Jakarta Mail to one SMTP server. Each message is {@code multipart/alternative} with
 * the plain-text and HTML bodies (UTF-8) and, when it carries an invite, a {@code text/calendar; method=...} part,
 * which calendar clients (Outlook, Gmail, Apple Mail) read as the invitation; the same calendar also rides along as
 * an {@code invite.ics} attachment (as Google Calendar sends it) for clients that only import files. The Message-ID
 * is the outbox's own, so a message sent again is recognised as the same one.
 */
public final class SmtpMailGateway implements MailGateway {

    /** Connect, read and write timeouts: a mail server that hangs cannot hold the outbox job for long. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static final Logger LOG = Logger.getLogger(SmtpMailGateway.class.getName());
    private static final String UTF_8 = StandardCharsets.UTF_8.name();
    private static final int MAX_ERROR = 300;

    private final Session session;
    private final InternetAddress from;
    private final String server;
    private final Clock clock;

    private SmtpMailGateway(Session session, InternetAddress from, String server, Clock clock) {
        this.session = session;
        this.from = from;
        this.server = server;
        this.clock = clock;
    }

    /** A gateway to the SMTP server of {@code BOOKING_SMTP_*}. */
    public static SmtpMailGateway of(SmtpSettings settings, Clock clock) {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", settings.host());
        properties.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        properties.setProperty("mail.smtp.from", settings.from().getAddress());
        if (settings.startTls()) {
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
        }
        settings.user().ifPresent(user -> {
            properties.setProperty("mail.smtp.auth", "true");
            properties.setProperty("mail.smtp.user", user);
        });
        withTimeouts(properties);
        Authenticator authenticator = settings.user().map(user -> new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, settings.password().orElseThrow());
            }
        }).orElse(null);
        return new SmtpMailGateway(Session.getInstance(properties, authenticator), settings.from(),
                settings.describe(), clock);
    }

    /**
     * A gateway through a mail session the server provides ({@code jndiName}), sending from its {@code mail.from}
     * or else from {@code fallbackFrom}. Timeouts the operator did not set are added to the session, whose properties
     * Jakarta Mail reads on every connection.
     */
    public static SmtpMailGateway ofServerSession(Session session, String jndiName, InternetAddress fallbackFrom,
                                                  Clock clock) {
        Properties properties = session.getProperties();
        for (String protocol : new String[] {"smtp", "smtps"}) {
            putIfAbsent(properties, "mail." + protocol + ".connectiontimeout", TIMEOUT);
            putIfAbsent(properties, "mail." + protocol + ".timeout", TIMEOUT);
            putIfAbsent(properties, "mail." + protocol + ".writetimeout", TIMEOUT);
        }
        InternetAddress from = Optional.ofNullable(InternetAddress.getLocalAddress(session))
                .filter(address -> address.getAddress().contains("@"))
                .map(address -> address.getPersonal() == null ? SmtpSettings.named(address) : address)
                .orElse(fallbackFrom);
        String host = Optional.ofNullable(session.getProperty("mail.smtp.host"))
                .or(() -> Optional.ofNullable(session.getProperty("mail.host"))).orElse("its default host");
        return new SmtpMailGateway(session, from, "the server's mail session " + jndiName + " (" + host + ")",
                clock);
    }

    private static void withTimeouts(Properties properties) {
        String millis = Long.toString(TIMEOUT.toMillis());
        properties.setProperty("mail.smtp.connectiontimeout", millis);
        properties.setProperty("mail.smtp.timeout", millis);
        properties.setProperty("mail.smtp.writetimeout", millis);
    }

    private static void putIfAbsent(Properties properties, String name, Duration value) {
        properties.putIfAbsent(name, Long.toString(value.toMillis()));
    }

    @Override
    public Optional<String> server() {
        return Optional.of(server);
    }

    @Override
    public Connection open() {
        return new SmtpConnection();
    }

    /** The message as it goes out: multipart bodies, the invite, the outbox's Message-ID. */
    MimeMessage compose(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new StableIdMessage(session, mail.messageId());
        message.setFrom(from);
        try {
            message.setRecipient(Message.RecipientType.TO,
                    new InternetAddress(mail.recipientEmail(), mail.recipientName(), UTF_8));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        message.setSubject(mail.subject(), UTF_8);
        message.setSentDate(Date.from(clock.instant()));
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(textPart(mail.textBody(), "plain"));
        alternative.addBodyPart(textPart(mail.htmlBody(), "html"));
        Optional<CalendarInvite> invite = mail.invite();
        if (invite.isEmpty()) {
            message.setContent(alternative);
        } else {
            alternative.addBodyPart(calendarPart(invite.get()));
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            mixed.addBodyPart(invitationFile(invite.get()));
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    private static MimeBodyPart textPart(String text, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, UTF_8, subtype);
        return part;
    }

    private static MimeBodyPart calendarPart(CalendarInvite invite) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        // A data source rather than setText: Jakarta Mail has no content handler for text/calendar strings.
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(invite.text().getBytes(StandardCharsets.UTF_8),
                "text/calendar; method=" + invite.method() + "; charset=UTF-8")));
        return part;
    }

    private static MimeBodyPart invitationFile(CalendarInvite invite) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(invite.text().getBytes(StandardCharsets.UTF_8),
                "application/ics; name=invite.ics")));
        part.setFileName("invite.ics");
        part.setDisposition(Part.ATTACHMENT);
        return part;
    }

    /** Keeps the Message-ID it was given instead of making up a new one when the message is saved. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    /** One SMTP conversation, connected on the first message and again after it broke. */
    private final class SmtpConnection implements Connection {

        private Transport transport;

        @Override
        public void send(OutgoingMail mail) throws MailNotSentException {
            MimeMessage message;
            try {
                message = compose(mail);
            } catch (MessagingException e) {
                throw new MailNotSentException(Reason.REFUSED, "The message could not be written: "
                        + shortText(e));
            }
            connect();
            try {
                transport.sendMessage(message, message.getAllRecipients());
            } catch (MessagingException e) {
                MailNotSentException failure = classified(e);
                if (failure.reason() != Reason.REFUSED) {
                    // The server may have hung up: the next message starts a new conversation.
                    close();
                }
                throw failure;
            }
        }

        private void connect() throws MailNotSentException {
            if (transport != null && transport.isConnected()) {
                return;
            }
            close();
            try {
                transport = session.getTransport();
                transport.connect();
            } catch (MessagingException e) {
                close();
                throw new MailNotSentException(Reason.UNREACHABLE, shortText(e));
            }
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    LOG.fine(() -> "Closing the SMTP connection: " + e.getMessage());
                }
                transport = null;
            }
        }
    }

    /**
     * A refusal for good is a 5xx reply to the recipient or to the message itself; a 5xx to the sender (a server
     * that does not accept the configured From) is the operator's to fix, and retried.
     */
    static MailNotSentException classified(MessagingException failure) {
        for (Exception e = failure; e != null; e = e instanceof MessagingException m ? m.getNextException() : null) {
            int code = e instanceof SMTPAddressFailedException refused ? refused.getReturnCode()
                    : e instanceof SMTPSendFailedException refused ? refused.getReturnCode() : -1;
            if (code >= 500) {
                return new MailNotSentException(Reason.REFUSED, shortText(e));
            }
            if (code >= 400) {
                return new MailNotSentException(Reason.TEMPORARY, shortText(e));
            }
        }
        return new MailNotSentException(Reason.TEMPORARY, shortText(failure));
    }

    /** The failure and its root cause on one short line: the admin's outbox page shows it. */
    static String shortText(Exception failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = oneLine(failure);
        if (root != failure) {
            text += " (" + oneLine(root) + ")";
        }
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
    }

    private static String oneLine(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName()
                : message.strip().replaceAll("\\s+", " ");
    }
}
