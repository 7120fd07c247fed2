package com.buildappswith.booking.web.admin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdminActionsTest {

    @Test
    void takesOnlyAPositiveIdFromTheRequest() {
        assertThat(AdminActions.parse("42")).hasValue(42);
        assertThat(AdminActions.parse(" 7 ")).hasValue(7);
        assertThat(AdminActions.parse(null)).isEmpty();
        assertThat(AdminActions.parse("")).isEmpty();
        assertThat(AdminActions.parse("0")).isEmpty();
        assertThat(AdminActions.parse("-3")).isEmpty();
        assertThat(AdminActions.parse("abc")).isEmpty();
        assertThat(AdminActions.parse("99999999999999999999")).isEmpty();
    }
}
