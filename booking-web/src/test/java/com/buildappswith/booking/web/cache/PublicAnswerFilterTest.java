package com.buildappswith.booking.web.cache;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PublicAnswerFilterTest {

    @Test
    void theEntityTagFollowsTheBody() {
        String one = PublicAnswerFilter.entityTag("<p>one</p>".getBytes(StandardCharsets.UTF_8));

        assertThat(one).startsWith("\"").endsWith("\"")
                .isEqualTo(PublicAnswerFilter.entityTag("<p>one</p>".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(PublicAnswerFilter.entityTag("<p>two</p>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aBrowserHoldingTheTagGetsNoBodyAgain() {
        String tag = "\"abc\"";

        assertThat(PublicAnswerFilter.matches(tag, tag)).isTrue();
        assertThat(PublicAnswerFilter.matches("\"x\", W/\"abc\"", tag)).isTrue();
        assertThat(PublicAnswerFilter.matches("*", tag)).isTrue();
        assertThat(PublicAnswerFilter.matches("\"abd\"", tag)).isFalse();
        assertThat(PublicAnswerFilter.matches(null, tag)).isFalse();
    }
}
