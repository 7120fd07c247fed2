package com.buildappswith.booking.profile.application;

import com.buildappswith.booking.scheduling.application.OfferedSession;
import com.buildappswith.booking.scheduling.application.WeeklyHours;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** One builder as an import file describes them: who they are, what they offer and when they work. */
public record ImportedBuilder(String email, String displayName, String headline, String bio, List<String> expertise,
                             ZoneId timezone, List<OfferedSession> sessions, List<WeeklyHours> weeklyHours) {

    public ImportedBuilder {
        Objects.requireNonNull(email, "Email is required.");
        Objects.requireNonNull(displayName, "Display name is required.");
        Objects.requireNonNull(timezone, "Timezone is required.");
        expertise = List.copyOf(expertise);
        sessions = List.copyOf(sessions);
        weeklyHours = List.copyOf(weeklyHours);
    }
}
