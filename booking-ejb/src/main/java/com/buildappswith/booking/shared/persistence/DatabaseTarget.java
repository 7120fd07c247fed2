package com.buildappswith.booking.shared.persistence;

import com.buildappswith.booking.shared.InvalidSettingException;
import com.buildappswith.booking.shared.Setting;
import com.buildappswith.booking.shared.Settings;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which database the application talks to, decided once from {@link Settings}: the configured URL, or an
 * embedded H2 file under the data directory so that a newcomer needs nothing installed.
 */
public record DatabaseTarget(Kind kind, String url, Optional<String> user, Optional<String> password,
                             boolean configured) {

    public enum Kind { POSTGRESQL, H2 }

    /**
     * How long a statement of the embedded H2 waits for a row lock (H2's own default is one second): bookings with one
     * builder queue for the builder's row, and a burst of them, each a few milliseconds, must not time out in the
     * queue. Ten seconds is far more than a queue takes and still answers a stuck lock before a client gives up.
     */
    public static final String EMBEDDED_LOCK_TIMEOUT = ";LOCK_TIMEOUT=10000";

    private static final Pattern SECRET_IN_URL = Pattern.compile("(?i)(password=)[^&;]*");

    public static DatabaseTarget from(Settings settings) {
        Optional<String> user = settings.get(Setting.DB_USER);
        Optional<String> password = settings.get(Setting.DB_PASSWORD);
        return settings.get(Setting.DB_URL)
                .map(url -> new DatabaseTarget(kindOf(url), url, user, password, true))
                .orElseGet(() -> new DatabaseTarget(Kind.H2, embeddedUrl(settings), Optional.of("booking"),
                        Optional.of(""), false));
    }

    private static Kind kindOf(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return Kind.POSTGRESQL;
        }
        if (url.startsWith("jdbc:h2:")) {
            return Kind.H2;
        }
        throw new InvalidSettingException(Setting.DB_URL,
                "must start with jdbc:postgresql: or jdbc:h2: but was '" + redact(url) + "'");
    }

    private static String embeddedUrl(Settings settings) {
        // The file lock stays with this JVM; AUTO_SERVER would open a port on every interface.
        return "jdbc:h2:file:" + settings.dataDirectory().resolve("booking").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE" + EMBEDDED_LOCK_TIMEOUT;
    }

    /** A description for logs and health: names the settings to check and never shows a password. */
    public String describe() {
        if (!configured) {
            return "embedded H2 database " + redact(url) + " (BOOKING_DB_URL is not set)";
        }
        return "BOOKING_DB_URL=" + redact(url) + user.map(u -> " as BOOKING_DB_USER=" + u).orElse("");
    }

    private static String redact(String url) {
        return SECRET_IN_URL.matcher(url).replaceAll("$1***");
    }
}
