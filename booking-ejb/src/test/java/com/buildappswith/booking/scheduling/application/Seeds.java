package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.profile.model.Role;
import com.buildappswith.booking.scheduling.model.WeeklyAvailability;
import jakarta.persistence.EntityManager;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** What the scheduling database tests seed: clients, and listed builders who work the same hours every day. */
public final class Seeds {

    private static final Instant JOINED = Instant.parse("2026-11-01T00:00:00Z");

    private Seeds() {
    }

    /** An account that can book, named after its email. */
    public static Account client(EntityManager entityManager, String email, ZoneId zone) {
        Account account = new Account(email, email.substring(0, email.indexOf('@')), zone, JOINED);
        account.grant(Role.CLIENT);
        entityManager.persist(account);
        return account;
    }

    /** An approved and published builder working {@code from} to {@code until} on every day of the week. */
    public static BuilderProfile listedBuilder(EntityManager entityManager, String email, ZoneId zone, LocalTime from,
                                               LocalTime until) {
        BuilderProfile builder = new BuilderProfile(client(entityManager, email, zone), "Builds things", "Bio",
                List.of("java"), zone);
        builder.publish();
        entityManager.persist(builder);
        for (DayOfWeek day : DayOfWeek.values()) {
            entityManager.persist(new WeeklyAvailability(builder, day, from, until));
        }
        return builder;
    }
}
