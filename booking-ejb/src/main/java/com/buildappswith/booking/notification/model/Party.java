package com.buildappswith.booking.notification.model;

/** One of a booking's two parties, to whom a notice goes. */
public enum Party {
    CLIENT, BUILDER
}
