package com.buildappswith.booking.shared;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads {@link Setting}s from an environment and system properties. Blank values count as absent so that an
 * operator can switch a setting off with {@code BOOKING_DB_URL=}.
 */
public final class Settings {

    private final Map<String, String> environment;
    private final Properties systemProperties;

    public Settings(Map<String, String> environment, Properties systemProperties) {
        this.environment = Map.copyOf(environment);
        this.systemProperties = systemProperties;
    }

    public static Settings fromSystem() {
        return new Settings(System.getenv(), System.getProperties());
    }

    public Optional<String> get(Setting setting) {
        String value = environment.get(setting.environmentVariable());
        if (value == null || value.isBlank()) {
            value = systemProperties.getProperty(setting.systemProperty());
        }
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    public boolean isEnabled(Setting setting) {
        return get(setting)
                .map(value -> switch (value.toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "on", "1" -> true;
                    case "false", "no", "off", "0" -> false;
                    default -> throw new InvalidSettingException(setting,
                            "must be true or false but was '" + value + "'");
                })
                .orElse(false);
    }

    /**
     * A whole number from {@code minimum} to {@code maximum}, or {@code otherwise} when the setting is absent.
     *
     * @throws InvalidSettingException when it is not such a number
     */
    public int count(Setting setting, int minimum, int maximum, int otherwise) {
        return get(setting).map(value -> wholeNumber(setting, value, minimum, maximum)).orElse(otherwise);
    }

    private static int wholeNumber(Setting setting, String value, int minimum, int maximum) {
        InvalidSettingException invalid = new InvalidSettingException(setting,
                "must be a whole number from " + minimum + " to " + maximum + " but was '" + value + "'");
        try {
            int number = Integer.parseInt(value);
            if (number < minimum || number > maximum) {
                throw invalid;
            }
            return number;
        } catch (NumberFormatException e) {
            throw invalid;
        }
    }

    /** Where the embedded database and other local files live when no external database is configured. */
    public Path dataDirectory() {
        return get(Setting.DATA_DIR)
                .map(Path::of)
                .orElseGet(() -> Path.of(systemProperties.getProperty("user.home"), ".builder-booking"));
    }
}
