package com.buildappswith.booking.web.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SafeNextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            "/builder/profile.xhtml, /builder/profile.xhtml",
            "/?name=ada, /?name=ada",
            "null, /",
            "https://evil.example/, /",
            "//evil.example/, /",
            "/\\evil.example, /",
            "/login.xhtml?next=/x, /",
            "relative/path, /",
    })
    void sendsPeopleBackOnlyToPagesOfThisSite(String next, String target) {
        assertThat(BookingAuthenticationMechanism.safeNext(next)).isEqualTo(target);
    }
}
