package com.buildappswith.booking.notification.infrastructure;

import com.buildappswith.booking.shared.InvalidSettingException;
import com.buildappswith.booking.shared.Setting;
import com.buildappswith.booking.shared.Settings;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The SMTP server named by {@code BOOKING_SMTP_*}: host, port (25 unless given), the sign-in (both user and password,
 * or neither), the sender (by default {@code bookings@} the public address's host, named after the site) and whether
 * to insist on STARTTLS.
 */
public record SmtpSettings(String host, int port, Optional<String> user, Optional<String> password,
                           InternetAddress from, boolean startTls) {

    /** The name the mail comes from when the configured sender has none of its own. */
    public static final String SITE_NAME = "Builder Booking";

    public static final int DEFAULT_PORT = 25;

    private static final List<Setting> DEPENDENT = List.of(Setting.SMTP_PORT, Setting.SMTP_USER,
            Setting.SMTP_PASSWORD, Setting.SMTP_FROM, Setting.SMTP_STARTTLS);

    public SmtpSettings {
        Objects.requireNonNull(host, "The host is required.");
        Objects.requireNonNull(user, "The user is required (or empty).");
        Objects.requireNonNull(password, "The password is required (or empty).");
        Objects.requireNonNull(from, "The sender is required.");
    }

    /**
     * The SMTP server configured in {@code settings}, or empty when {@code BOOKING_SMTP_HOST} is not set.
     *
     * @throws InvalidSettingException when a value cannot be used, or other SMTP settings are given without a host
     */
    public static Optional<SmtpSettings> from(Settings settings) {
        Optional<String> host = settings.get(Setting.SMTP_HOST);
        if (host.isEmpty()) {
            for (Setting dependent : DEPENDENT) {
                if (settings.get(dependent).isPresent()) {
                    throw new InvalidSettingException(dependent, "is set but BOOKING_SMTP_HOST is not: name the SMTP "
                            + "server too, or remove it");
                }
            }
            return Optional.empty();
        }
        if (!host.get().matches("[A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:.]+]")) {
            throw new InvalidSettingException(Setting.SMTP_HOST, "must be a host name or address (without port "
                    + "or scheme) but was '" + host.get() + "'");
        }
        int port = settings.count(Setting.SMTP_PORT, 1, 65535, DEFAULT_PORT);
        Optional<String> user = settings.get(Setting.SMTP_USER);
        Optional<String> password = settings.get(Setting.SMTP_PASSWORD);
        if (user.isPresent() != password.isPresent()) {
            Setting missing = user.isPresent() ? Setting.SMTP_PASSWORD : Setting.SMTP_USER;
            Setting given = user.isPresent() ? Setting.SMTP_USER : Setting.SMTP_PASSWORD;
            throw new InvalidSettingException(missing, "is required when " + given.environmentVariable()
                    + " is set: the SMTP sign-in needs both, or neither");
        }
        InternetAddress from = settings.get(Setting.SMTP_FROM)
                .map(SmtpSettings::sender)
                .orElseGet(() -> defaultSender(settings));
        return Optional.of(new SmtpSettings(host.get(), port, user, password, from,
                settings.isEnabled(Setting.SMTP_STARTTLS)));
    }

    /** {@code bookings@} the host of {@code BOOKING_PUBLIC_URL} ({@code localhost} when it has none), named. */
    static InternetAddress defaultSender(Settings settings) {
        String host = settings.get(Setting.PUBLIC_URL).flatMap(url -> {
            try {
                return Optional.ofNullable(URI.create(url).getHost());
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }).orElse("localhost");
        try {
            return named(new InternetAddress("bookings@" + host, true));
        } catch (AddressException e) {
            throw new InvalidSettingException(Setting.PUBLIC_URL, "has a host that cannot be part of an email "
                    + "address ('" + host + "'): set BOOKING_SMTP_FROM");
        }
    }

    /** The sender as configured ("Name &lt;address&gt;" or an address alone, then named after the site). */
    private static InternetAddress sender(String configured) {
        try {
            InternetAddress address = new InternetAddress(configured, true);
            address.validate();
            return address.getPersonal() == null ? named(address) : address;
        } catch (AddressException e) {
            throw new InvalidSettingException(Setting.SMTP_FROM, "must be an email address such as "
                    + "bookings@example.com or 'Bookings <bookings@example.com>' but was '" + configured + "'");
        }
    }

    static InternetAddress named(InternetAddress address) {
        try {
            return new InternetAddress(address.getAddress(), SITE_NAME, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    /** The server as the log names it, without the password. */
    public String describe() {
        return host + ":" + port + user.map(name -> " as " + name).orElse("") + (startTls ? " with STARTTLS" : "");
    }
}
