package com.buildappswith.booking.web.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTest {

    private final ClientAddresses behindTheBalancer = new ClientAddresses("127.0.0.1, 10.0.0.2");

    @Test
    void aDirectConnectionIsItsOwnAddressWhateverItsHeaderSays() {
        assertThat(behindTheBalancer.nearestUntrusted("203.0.113.7", List.of("198.51.100.1")))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void aTrustedProxyReportsTheAddressItWasReachedFrom() {
        assertThat(behindTheBalancer.nearestUntrusted("127.0.0.1", List.of("198.51.100.1, 203.0.113.7")))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void addressesWrittenByTheClientBeforeTheTrustedProxiesDoNotCount() {
        assertThat(behindTheBalancer.nearestUntrusted("127.0.0.1", List.of("1.2.3.4", "203.0.113.7, 10.0.0.2")))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertThat(new ClientAddresses("").nearestUntrusted("127.0.0.1", List.of("203.0.113.7")))
                .isEqualTo("127.0.0.1");
    }
}
