package com.buildappswith.booking.web.admin;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.web.Messages;

import java.util.OptionalLong;
import java.util.function.LongConsumer;

/**
 * How an admin's click acts: on the id its row sent with the request (never on whatever row now sits at the clicked
 * position), with a refusal of the service shown as a message.
 */
final class AdminActions {

    private AdminActions() {
    }

    /** Runs {@code action} on the id in {@code idText}; an id that is not one, or a refusal, becomes a message. */
    static void onId(String idText, LongConsumer action) {
        OptionalLong id = parse(idText);
        if (id.isEmpty()) {
            Messages.error(null, "That row is no longer on the page. Look at the list again.");
            return;
        }
        try {
            action.accept(id.getAsLong());
        } catch (DomainException e) {
            Messages.error(null, e.getMessage());
        }
    }

    static OptionalLong parse(String text) {
        if (text == null || !text.strip().matches("[0-9]{1,18}")) {
            return OptionalLong.empty();
        }
        long id = Long.parseLong(text.strip());
        return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
    }
}
