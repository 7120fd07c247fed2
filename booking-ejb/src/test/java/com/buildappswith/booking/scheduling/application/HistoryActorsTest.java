package com.buildappswith.booking.scheduling.application;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who changed a booking, as its client, its builder and an admin read it. */
class HistoryActorsTest {

    private static final String CLIENT = "mira@example.com";
    private static final String BUILDER = "ada@example.com";
    private static final String ADMIN = "ops@example.com";

    private static HistoryActors readBy(ViewerRole viewer, String principal) {
        return new HistoryActors(viewer, principal, CLIENT, "Mira Rao", BUILDER, "Ada Lovelace");
    }

    @Test
    void theClientReadsThemselvesAsYouAndTheOthersWithoutTheirEmails() {
        HistoryActors client = readBy(ViewerRole.CLIENT, CLIENT);

        assertThat(client.wording(CLIENT)).isEqualTo("you");
        assertThat(client.wording(BUILDER)).isEqualTo("the builder (Ada Lovelace)");
        assertThat(client.wording(ADMIN)).isEqualTo("an admin");
        assertThat(client.wording("system")).isEqualTo("the system");
        assertThat(client.wording("payment")).isEqualTo("the system");
    }

    @Test
    void theBuilderReadsTheClientByName() {
        HistoryActors builder = readBy(ViewerRole.BUILDER, BUILDER);

        assertThat(builder.wording(CLIENT)).isEqualTo("the client (Mira Rao)");
        assertThat(builder.wording(BUILDER)).isEqualTo("you");
        assertThat(builder.wording(ADMIN)).isEqualTo("an admin");
    }

    @Test
    void anAdminReadsWhatWasRecorded() {
        HistoryActors admin = readBy(ViewerRole.ADMIN, ADMIN);

        assertThat(admin.wording(CLIENT)).isEqualTo(CLIENT);
        assertThat(admin.wording(ADMIN)).isEqualTo(ADMIN);
        assertThat(admin.wording("system")).isEqualTo("system");
    }
}
