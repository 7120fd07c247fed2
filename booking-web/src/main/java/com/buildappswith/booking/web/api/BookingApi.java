package com.buildappswith.booking.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Mounts every JAX-RS resource under {@code /api}. */
@ApplicationPath("/api")
public class BookingApi extends Application {
}
