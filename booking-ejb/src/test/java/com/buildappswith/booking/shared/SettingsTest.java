package com.buildappswith.booking.shared;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTest {

    @Test
    void environmentWinsOverSystemProperties() {
        Settings settings = new Settings(Map.of("BOOKING_DB_URL", "jdbc:h2:mem:env"),
                properties("booking.db.url", "jdbc:h2:mem:property"));

        assertThat(settings.get(Setting.DB_URL)).contains("jdbc:h2:mem:env");
    }

    @Test
    void fallsBackToSystemPropertiesAndTreatsBlankAsAbsent() {
        Settings settings = new Settings(Map.of("BOOKING_DB_URL", "  "),
                properties("booking.db.url", " jdbc:h2:mem:property "));

        assertThat(settings.get(Setting.DB_URL)).contains("jdbc:h2:mem:property");
        assertThat(settings.get(Setting.DB_USER)).isEmpty();
    }

    @Test
    void readsSwitchesAndRefusesValuesThatAreNeitherOnNorOff() {
        assertThat(new Settings(Map.of("BOOKING_DEMO_DATA", "TRUE"), new Properties()).isEnabled(Setting.DEMO_DATA))
                .isTrue();
        assertThat(new Settings(Map.of("BOOKING_DEMO_DATA", "off"), new Properties()).isEnabled(Setting.DEMO_DATA))
                .isFalse();
        assertThat(new Settings(Map.of(), new Properties()).isEnabled(Setting.DEMO_DATA)).isFalse();
        assertThatThrownBy(() -> new Settings(Map.of("BOOKING_DEMO_DATA", "maybe"), new Properties())
                .isEnabled(Setting.DEMO_DATA))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("BOOKING_DEMO_DATA must be true or false but was 'maybe'");
    }

    @Test
    void dataDirectoryDefaultsUnderTheUsersHome() {
        Settings settings = new Settings(Map.of(), properties("user.home", "/home/ada"));

        assertThat(settings.dataDirectory()).isEqualTo(Path.of("/home/ada/.builder-booking"));
        assertThat(new Settings(Map.of("BOOKING_DATA_DIR", "/srv/booking"), new Properties()).dataDirectory())
                .isEqualTo(Path.of("/srv/booking"));
    }

    static Properties properties(String key, String value) {
        Properties properties = new Properties();
        properties.setProperty(key, value);
        return properties;
    }
}
