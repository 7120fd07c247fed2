package com.buildappswith.booking.notification.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One notice to write: what it tells, to which party, whether by email as well as in the app (every notice is
 * shown in the app), and the calendar invite the email carries, if any.
 */
public record NoticePlan(NoticeKind kind, Party to, boolean byEmail, Optional<IcsMethod> invite) {

    public NoticePlan {
        Objects.requireNonNull(kind, "The kind is required.");
        Objects.requireNonNull(to, "The party is required.");
        Objects.requireNonNull(invite, "The invite is required (empty for none).");
        if (invite.isPresent() && !byEmail) {
            throw new IllegalArgumentException("Only an email carries an invite.");
        }
    }

    static NoticePlan inAppOnly(NoticeKind kind, Party to) {
        return new NoticePlan(kind, to, false, Optional.empty());
    }

    static NoticePlan email(NoticeKind kind, Party to) {
        return new NoticePlan(kind, to, true, Optional.empty());
    }

    static NoticePlan invite(NoticeKind kind, Party to, IcsMethod method) {
        return new NoticePlan(kind, to, true, Optional.of(method));
    }
}
