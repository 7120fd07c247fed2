package com.buildappswith.booking.web.booking;

import com.buildappswith.booking.scheduling.application.SessionTypeView;
import com.buildappswith.booking.web.Timezones;
import com.buildappswith.booking.web.profile.SessionTypeRow;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What someone booking has chosen so far, as the booking page and the calendar page both hold it: a builder, one
 * of the session types that builder offers, and the viewer's timezone (detected by the browser, changeable, UTC
 * until then).
 */
final class BookingChoice implements Serializable {

    private static final String UTC = "UTC";

    private Long builderId;
    private Long sessionTypeId;
    private String timezone = UTC;
    private List<SessionTypeRow> sessionTypes = List.of();

    /** The session types the chosen builder offers: the chosen type stays if among them, else the first is chosen. */
    void offer(List<SessionTypeView> offered) {
        sessionTypes = offered.stream().map(SessionTypeRow::of).toList();
        if (sessionTypes.stream().noneMatch(type -> Objects.equals(type.id(), sessionTypeId))) {
            sessionTypeId = sessionTypes.isEmpty() ? null : sessionTypes.get(0).id();
        }
    }

    /** The chosen session type with its duration and price worded, once there is one. */
    Optional<SessionTypeRow> chosenType() {
        return sessionTypes.stream().filter(type -> Objects.equals(type.id(), sessionTypeId)).findFirst();
    }

    /** Whether there is something to search: a session type, and a timezone that exists. */
    boolean isSearchable() {
        return sessionTypeId != null && Timezones.parse(timezone).isPresent();
    }

    /** The viewer's zone; UTC while what they chose is not a zone. */
    ZoneId zone() {
        return Timezones.parse(timezone).orElse(ZoneId.of(UTC));
    }

    Long getBuilderId() {
        return builderId;
    }

    void setBuilderId(Long builderId) {
        this.builderId = builderId;
    }

    Long getSessionTypeId() {
        return sessionTypeId;
    }

    void setSessionTypeId(Long sessionTypeId) {
        this.sessionTypeId = sessionTypeId;
    }

    String getTimezone() {
        return timezone;
    }

    /** Keeps the zone under its current name (Asia/Calcutta from a browser or link reads Asia/Kolkata). */
    void setTimezone(String timezone) {
        this.timezone = Timezones.parse(timezone).map(ZoneId::getId).orElse(timezone);
    }

    List<SessionTypeRow> getSessionTypes() {
        return sessionTypes;
    }
}
