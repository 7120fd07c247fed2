package com.buildappswith.booking.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;

/** Mounts every JAX-RS resource under {@code /api}. */
@ApplicationPath("/api")
public class BookingApi extends Application {

    /**
     * Payara's Jersey would write JSON with MOXy, which cannot construct records; JSON-B (what WildFly uses too)
     * can. RESTEasy ignores the Jersey property.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.disableMoxyJson", true);
    }
}
