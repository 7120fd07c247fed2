package com.buildappswith.booking.web.api;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OwnAvailabilityResourceTest {

    @Test
    void aMissingRangeOfHoursIsA400NotANullPointer() {
        OwnAvailabilityResource.OverrideJson body = new OwnAvailabilityResource.OverrideJson(false,
                Arrays.asList(new OwnAvailabilityResource.RangeJson("09:00", "12:00"), null));

        assertThatThrownBy(() -> new OwnAvailabilityResource().overrideDate("2026-12-01", body))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.type()).isEqualTo(
                        ProblemType.INVALID_INPUT))
                .hasMessage("Each range of hours needs start and end.");
    }
}
