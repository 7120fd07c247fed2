package com.buildappswith.booking.notification.model;

/** The iTIP method of a message's calendar invite: a new or changed event, or its cancellation. */
public enum IcsMethod {
    REQUEST, CANCEL
}
