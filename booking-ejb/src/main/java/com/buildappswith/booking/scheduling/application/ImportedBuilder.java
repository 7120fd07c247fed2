package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.model.EmailAddress;
import com.buildappswith.booking.profile.model.ProfileDetails;

import java.util.List;
import java.util.Objects;

/**
 * One builder as an import file describes them: who they are (their email and the same profile details an
 * application gives, so the same rules hold), what they offer and when they work.
 */
public record ImportedBuilder(EmailAddress email, ProfileDetails profile, List<OfferedSession> sessions,
                             List<WeeklyHours> weeklyHours) {

    public ImportedBuilder {
        Objects.requireNonNull(email, "Email is required.");
        Objects.requireNonNull(profile, "Profile details are required.");
        sessions = List.copyOf(sessions);
        weeklyHours = List.copyOf(weeklyHours);
    }
}
