package com.buildappswith.booking.web.profile;

import com.buildappswith.booking.scheduling.application.SessionTypeView;
import com.buildappswith.booking.shared.Money;

import java.time.Duration;

/** A session type as a row on the builder page, with its duration and price already worded. */
public record SessionTypeRow(long id, String name, String description, String durationLabel, String priceLabel) {

    public static SessionTypeRow of(SessionTypeView type) {
        return new SessionTypeRow(type.id(), type.name(), type.description(), durationLabel(type.duration()),
                type.price().map(Money::toString).orElse("Free"));
    }

    static String durationLabel(Duration duration) {
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        if (hours == 0) {
            return minutes + " min";
        }
        return minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
    }
}
