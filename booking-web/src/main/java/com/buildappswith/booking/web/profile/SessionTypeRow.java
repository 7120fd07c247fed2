package com.buildappswith.booking.web.profile;

import com.buildappswith.booking.scheduling.application.SessionTypeView;
import com.buildappswith.booking.web.Formats;

/**
 * A session type as a row on the builder page, with its duration and price already worded.
 *
 * @param paid whether booking it is paid for (a checkout follows the confirmation)
 */
public record SessionTypeRow(long id, String name, String description, String durationLabel, String priceLabel,
                             boolean paid) {

    public static SessionTypeRow of(SessionTypeView type) {
        return new SessionTypeRow(type.id(), type.name(), type.description(), Formats.duration(type.duration()),
                Formats.price(type.price().orElse(null)), type.price().isPresent());
    }
}
