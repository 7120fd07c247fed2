package com.buildappswith.booking.policy.application;

import com.buildappswith.booking.policy.model.AuditArea;

import java.time.Instant;
import java.util.Optional;

/** One admin change as the console lists it: who, when, what, and the values before and after. */
public record AuditEntryView(Instant at, String actor, AuditArea area, String action, String subject,
                             Optional<String> before, Optional<String> after) {
}
