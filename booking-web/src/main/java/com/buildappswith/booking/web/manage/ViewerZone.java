package com.buildappswith.booking.web.manage;

import com.buildappswith.booking.web.Timezones;

import java.io.Serializable;
import java.time.ZoneId;

/**
 * The zone a dashboard shows times in, once known: the browser's (detected by the page's script) or the one the
 * person chose on the page; what is not a zone leaves it unknown, and the page falls back to a zone of its own.
 */
final class ViewerZone implements Serializable {

    private String chosen;

    String getTimezone() {
        return chosen;
    }

    /** Keeps the zone under its current name (Asia/Calcutta reads Asia/Kolkata). */
    void setTimezone(String timezone) {
        this.chosen = Timezones.parse(timezone).map(ZoneId::getId).orElse(null);
    }

    boolean isChosen() {
        return chosen != null;
    }
}
