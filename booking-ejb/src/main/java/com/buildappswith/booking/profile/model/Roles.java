package com.buildappswith.booking.profile.model;

/** Role names as strings, for annotations such as {@code @RolesAllowed} that cannot take an enum. */
public final class Roles {

    public static final String CLIENT = "CLIENT";
    public static final String BUILDER = "BUILDER";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
