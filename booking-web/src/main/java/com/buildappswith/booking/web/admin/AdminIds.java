package com.buildappswith.booking.web.admin;

import java.util.OptionalLong;

/** The id of the row an admin clicked, as the button sent it: a positive number, or nothing usable. */
final class AdminIds {

    private AdminIds() {
    }

    static OptionalLong parse(String text) {
        if (text == null || !text.strip().matches("[0-9]{1,18}")) {
            return OptionalLong.empty();
        }
        long id = Long.parseLong(text.strip());
        return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
    }
}
