package com.buildappswith.booking.web;

import com.buildappswith.booking.shared.ZoneNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The IANA zones a person can pick, region ids under their current names only (no "GMT+3" style ids, no renamed
 * names such as Asia/Calcutta), sorted; and the one way a zone typed, chosen or sent by a browser is read.
 */
@Named
@ApplicationScoped
public class Timezones {

    private final List<String> ids = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .filter(id -> !ZoneNames.isRenamed(id))
            .sorted()
            .toList();

    private final String renamedJson = ZoneNames.renamed().entrySet().stream()
            .collect(Json::createObjectBuilder, (json, rename) -> json.add(rename.getKey(), rename.getValue()),
                    JsonObjectBuilder::addAll)
            .build().toString();

    public List<String> getIds() {
        return ids;
    }

    /**
     * The old zone names with their current ones as JSON, for the page script: a browser reporting Asia/Calcutta
     * finds Asia/Kolkata in the list.
     */
    public String getRenamedJson() {
        return renamedJson;
    }

    /**
     * A zone id from a form or request under its current name (Asia/Calcutta reads as Asia/Kolkata), or empty when
     * it is missing or not an IANA zone.
     */
    public static Optional<ZoneId> parse(String id) {
        try {
            return id == null || id.isBlank() ? Optional.empty()
                    : Optional.of(ZoneNames.canonical(ZoneId.of(id.strip())));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
