package com.buildappswith.booking.scheduling.application;

/** Who is looking at a booking: one of its two parties, or an admin. Anyone else is told it does not exist. */
public enum ViewerRole {
    CLIENT, BUILDER, ADMIN
}
