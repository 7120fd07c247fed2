package com.buildappswith.booking.profile.model;

/** What the start-up did with the administrator the settings name. */
public enum AdminPromotion {
    /** There was no account of that email: the start-up made it, an administrator. */
    CREATED,
    /** The account is an administrator already; nothing changed. */
    ALREADY_ADMIN,
    /** The start-up's own administrator, or an account the operator confirmed by name, is an administrator again. */
    PROMOTED,
    /**
     * Someone else's account (it may have been registered before the operator chose the email, with its owner's
     * password): it stays as it is until the operator confirms it by name.
     */
    NEEDS_CONFIRMATION,
    /** An admin deactivated the account; the start-up does not undo that. */
    DEACTIVATED
}
