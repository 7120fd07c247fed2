package com.buildappswith.booking.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PageIdsTest {

    @Test
    void readsPositiveWholeNumbers() {
        assertThat(PageIds.parse("42")).contains(42L);
        assertThat(PageIds.parse(" 7 ")).contains(7L);
        assertThat(PageIds.parse(Long.toString(Long.MAX_VALUE))).contains(Long.MAX_VALUE);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "0", "-3", "abc", "4.2", "1e3", "99999999999999999999", "0x10", "12345678901234567890123"})
    void anythingElseIsNoId(String text) {
        assertThat(PageIds.parse(text)).isEmpty();
    }
}
