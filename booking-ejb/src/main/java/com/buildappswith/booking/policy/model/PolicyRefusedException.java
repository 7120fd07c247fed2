package com.buildappswith.booking.policy.model;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;

/**
 * A change of policies or limits that the rules refuse (a default that is not published, a name that is taken, a
 * version that someone else changed since the admin read it), with a message for the admin.
 */
public class PolicyRefusedException extends DomainException {

    /** What a save that names a version someone else replaced meanwhile is told. */
    public static final String CHANGED_MEANWHILE =
            "This was changed by someone else a moment ago: look at it again and redo your change.";

    public PolicyRefusedException(ProblemType type, String message) {
        super(type, message);
    }

    /** Someone else saved another version since {@code version} was read. */
    public static PolicyRefusedException changedMeanwhile() {
        return new PolicyRefusedException(ProblemType.CONFLICT, CHANGED_MEANWHILE);
    }
}
