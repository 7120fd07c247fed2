package com.buildappswith.booking.notification.infrastructure;

import com.buildappswith.booking.notification.model.DeliveryRetry;
import com.buildappswith.booking.shared.InvalidSettingException;
import com.buildappswith.booking.shared.Settings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmtpSettingsTest {

    @Test
    void noHostMeansNoSmtpServer() {
        assertThat(SmtpSettings.from(settings(Map.of()))).isEmpty();
    }

    @Test
    void aHostAloneSendsOnPort25FromBookingsAtThePublicHostNamedAfterTheSite() {
        SmtpSettings smtp = SmtpSettings.from(settings(Map.of("BOOKING_SMTP_HOST", "mail.example.com",
                "BOOKING_PUBLIC_URL", "https://booking.example.com/app"))).orElseThrow();

        assertThat(smtp.host()).isEqualTo("mail.example.com");
        assertThat(smtp.port()).isEqualTo(25);
        assertThat(smtp.user()).isEmpty();
        assertThat(smtp.startTls()).isFalse();
        assertThat(smtp.from().getAddress()).isEqualTo("bookings@booking.example.com");
        assertThat(smtp.from().getPersonal()).isEqualTo("Builder Booking");
        assertThat(smtp.describe()).isEqualTo("mail.example.com:25");
    }

    @Test
    void readsEveryValueAndKeepsTheSendersOwnName() {
        SmtpSettings smtp = SmtpSettings.from(settings(Map.of("BOOKING_SMTP_HOST", "smtp.example.com",
                "BOOKING_SMTP_PORT", "587", "BOOKING_SMTP_USER", "mailer", "BOOKING_SMTP_PASSWORD", "s3cret",
                "BOOKING_SMTP_FROM", "Bookings Desk <desk@example.com>", "BOOKING_SMTP_STARTTLS", "true")))
                .orElseThrow();

        assertThat(smtp.port()).isEqualTo(587);
        assertThat(smtp.user()).contains("mailer");
        assertThat(smtp.password()).contains("s3cret");
        assertThat(smtp.startTls()).isTrue();
        assertThat(smtp.from().getAddress()).isEqualTo("desk@example.com");
        assertThat(smtp.from().getPersonal()).isEqualTo("Bookings Desk");
        assertThat(smtp.describe()).isEqualTo("smtp.example.com:587 as mailer with STARTTLS").doesNotContain("s3cret");
    }

    @Test
    void aSenderWithoutANameIsNamedAfterTheSite() {
        SmtpSettings smtp = SmtpSettings.from(settings(Map.of("BOOKING_SMTP_HOST", "localhost",
                "BOOKING_SMTP_FROM", "noreply@example.org"))).orElseThrow();

        assertThat(smtp.from().toUnicodeString()).isEqualTo("Builder Booking <noreply@example.org>");
    }

    @Test
    void systemPropertiesWorkLikeTheEnvironment() {
        Properties properties = new Properties();
        properties.setProperty("booking.smtp.host", "127.0.0.1");
        properties.setProperty("booking.smtp.port", "2525");

        SmtpSettings smtp = SmtpSettings.from(new Settings(Map.of(), properties)).orElseThrow();

        assertThat(smtp.describe()).isEqualTo("127.0.0.1:2525");
    }

    @Test
    void refusesSmtpSettingsWithoutAHost() {
        assertThatThrownBy(() -> SmtpSettings.from(settings(Map.of("BOOKING_SMTP_PORT", "587"))))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("BOOKING_SMTP_PORT is set but BOOKING_SMTP_HOST is not: name the SMTP server too, or "
                        + "remove it");
    }

    @Test
    void refusesAHostWithAPortOrScheme() {
        assertThatThrownBy(() -> SmtpSettings.from(settings(Map.of("BOOKING_SMTP_HOST", "smtp://mail:25"))))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("BOOKING_SMTP_HOST must be a host name or address");
    }

    @Test
    void refusesAPortOutsideTheRange() {
        assertThatThrownBy(() -> SmtpSettings.from(settings(Map.of("BOOKING_SMTP_HOST", "mail",
                "BOOKING_SMTP_PORT", "70000"))))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("BOOKING_SMTP_PORT must be a whole number from 1 to 65535 but was '70000'");
    }

    @Test
    void refusesAUserWithoutPasswordAndAPasswordWithoutUser() {
        assertThatThrownBy(() -> SmtpSettings.from(settings(Map.of("BOOKING_SMTP_HOST", "mail",
                "BOOKING_SMTP_USER", "mailer"))))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("BOOKING_SMTP_PASSWORD is required when BOOKING_SMTP_USER is set");
        assertThatThrownBy(() -> SmtpSettings.from(settings(Map.of("BOOKING_SMTP_HOST", "mail",
                "BOOKING_SMTP_PASSWORD", "s3cret"))))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("BOOKING_SMTP_USER is required when BOOKING_SMTP_PASSWORD is set");
    }

    @Test
    void refusesASenderThatIsNoAddress() {
        assertThatThrownBy(() -> SmtpSettings.from(settings(Map.of("BOOKING_SMTP_HOST", "mail",
                "BOOKING_SMTP_FROM", "bookings at example"))))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("BOOKING_SMTP_FROM must be an email address");
    }

    @Test
    void refusesAStartTlsSwitchThatIsNeitherTrueNorFalse() {
        assertThatThrownBy(() -> SmtpSettings.from(settings(Map.of("BOOKING_SMTP_HOST", "mail",
                "BOOKING_SMTP_STARTTLS", "maybe"))))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("BOOKING_SMTP_STARTTLS must be true or false but was 'maybe'");
    }

    @Test
    void mailAttemptsDefaultToTheStandardAndKeepItsBackoff() {
        assertThat(MailGatewayProducer.configuredRetry(settings(Map.of()))).isEqualTo(DeliveryRetry.STANDARD);
        DeliveryRetry three = MailGatewayProducer.configuredRetry(settings(Map.of("BOOKING_MAIL_ATTEMPTS", "3")));
        assertThat(three.attempts()).isEqualTo(3);
        assertThat(three.delayAfter(2)).isEqualTo(DeliveryRetry.STANDARD.delayAfter(2));
    }

    @Test
    void refusesMailAttemptsOutsideOneToAHundred() {
        assertThatThrownBy(() -> MailGatewayProducer.configuredRetry(settings(Map.of("BOOKING_MAIL_ATTEMPTS", "0"))))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("BOOKING_MAIL_ATTEMPTS must be a whole number from 1 to 100 but was '0'");
    }

    @Test
    void theFirstRetryMayBeSetInSecondsAndTheLaterWaitsDoubleItUpToTheLongest() {
        DeliveryRetry quick = MailGatewayProducer.configuredRetry(settings(Map.of(
                "BOOKING_MAIL_FIRST_RETRY_SECONDS", "5")));

        assertThat(quick.first()).isEqualTo(Duration.ofSeconds(5));
        assertThat(quick.delayAfter(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(quick.longest()).isEqualTo(DeliveryRetry.STANDARD.longest());
        assertThat(quick.attempts()).isEqualTo(DeliveryRetry.STANDARD.attempts());
    }

    @Test
    void refusesAFirstRetryOutsideOneSecondToTheLongestWait() {
        for (String value : new String[] {"0", "3601", "5s"}) {
            assertThatThrownBy(() -> MailGatewayProducer.configuredRetry(settings(Map.of(
                    "BOOKING_MAIL_FIRST_RETRY_SECONDS", value))))
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessage("BOOKING_MAIL_FIRST_RETRY_SECONDS must be a whole number from 1 to 3600 but was '"
                            + value + "'");
        }
    }

    private static Settings settings(Map<String, String> environment) {
        return new Settings(environment, new Properties());
    }
}
