package com.buildappswith.booking.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The IANA zones a person can pick, region ids only (no "GMT+3" style ids), sorted. */
@Named
@ApplicationScoped
public class Timezones {

    private final List<String> ids = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .sorted()
            .toList();

    public List<String> getIds() {
        return ids;
    }

    /** A zone id from a form or request, or empty when it is missing or not an IANA zone. */
    public static Optional<ZoneId> parse(String id) {
        try {
            return id == null || id.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(id.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
