package com.buildappswith.booking.web.manage;

import com.buildappswith.booking.scheduling.application.ViewerRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ManagedBookingPageTest {

    @Test
    void afterCancellingEachViewerGoesWhereTheirRoleMayLook() {
        assertThat(ManagedBookingPage.afterCancelling(ViewerRole.CLIENT, 42)).isEqualTo("/booking/manage");
        assertThat(ManagedBookingPage.afterCancelling(ViewerRole.BUILDER, 42)).isEqualTo("/builder/bookings");
        assertThat(ManagedBookingPage.afterCancelling(ViewerRole.ADMIN, 42)).isEqualTo("/admin/booking.xhtml?id=42");
    }

    @Test
    void theTermsAreHeadedForWhoReadsThem() {
        assertThat(ManagedBookingPage.termsHeading(ViewerRole.CLIENT, "Standard"))
                .isEqualTo("Terms you booked with (Standard)");
        assertThat(ManagedBookingPage.termsHeading(ViewerRole.BUILDER, "Standard"))
                .isEqualTo("Terms the client booked with (Standard)");
        assertThat(ManagedBookingPage.termsHeading(ViewerRole.ADMIN, "Standard"))
                .isEqualTo("Terms of this booking (Standard)");
    }
}
