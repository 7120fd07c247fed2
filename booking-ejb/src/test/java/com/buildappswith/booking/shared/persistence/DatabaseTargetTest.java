package com.buildappswith.booking.shared.persistence;

import com.buildappswith.booking.shared.InvalidSettingException;
import com.buildappswith.booking.shared.Settings;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseTargetTest {

    @Test
    void withoutAUrlUsesAnEmbeddedH2FileUnderTheDataDirectory() {
        DatabaseTarget target = DatabaseTarget.from(settings(Map.of("BOOKING_DATA_DIR", "/srv/booking")));

        assertThat(target.kind()).isEqualTo(DatabaseTarget.Kind.H2);
        assertThat(target.configured()).isFalse();
        assertThat(target.url()).startsWith("jdbc:h2:file:/srv/booking/booking;").doesNotContain("AUTO_SERVER");
        assertThat(target.describe()).contains("embedded H2", "BOOKING_DB_URL is not set");
    }

    @Test
    void aPostgresqlUrlSelectsPostgresqlWithTheGivenCredentials() {
        DatabaseTarget target = DatabaseTarget.from(settings(Map.of(
                "BOOKING_DB_URL", "jdbc:postgresql://db:5432/booking",
                "BOOKING_DB_USER", "booking",
                "BOOKING_DB_PASSWORD", "secret")));

        assertThat(target.kind()).isEqualTo(DatabaseTarget.Kind.POSTGRESQL);
        assertThat(target.user()).contains("booking");
        assertThat(target.password()).contains("secret");
        assertThat(target.describe())
                .isEqualTo("BOOKING_DB_URL=jdbc:postgresql://db:5432/booking as BOOKING_DB_USER=booking")
                .doesNotContain("secret");
    }

    @Test
    void neverShowsAPasswordWrittenIntoTheUrl() {
        DatabaseTarget target = DatabaseTarget.from(settings(Map.of(
                "BOOKING_DB_URL", "jdbc:postgresql://db/booking?user=app&password=hunter2&ssl=true")));

        assertThat(target.describe()).contains("password=***&ssl=true").doesNotContain("hunter2");
    }

    @Test
    void anUnsupportedUrlNamesTheSettingToFix() {
        assertThatThrownBy(() -> DatabaseTarget.from(settings(Map.of("BOOKING_DB_URL", "jdbc:mysql://db/x"))))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("BOOKING_DB_URL must start with jdbc:postgresql: or jdbc:h2: but was 'jdbc:mysql://db/x'");
    }

    private static Settings settings(Map<String, String> environment) {
        return new Settings(environment, new Properties());
    }
}
