package com.buildappswith.booking.profile.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class AccountTest {

    @Test
    void emailIsUniqueRegardlessOfCaseAndSurroundingSpace() {
        assertThat(Account.normalize("  Ada@Example.COM ")).isEqualTo("ada@example.com");
    }

    @Test
    void everyAccountIsAClientAndCanBeGrantedMore() {
        Account account = new Account("ada@example.com", "Ada", ZoneId.of("UTC"), Instant.EPOCH);
        account.grant(Role.BUILDER);

        assertThat(account.roles()).containsExactlyInAnyOrder(Role.CLIENT, Role.BUILDER);
        assertThat(account.isActive()).isTrue();
    }
}
