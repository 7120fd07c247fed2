package com.buildappswith.booking.profile.model;

/** What an account may do. Every account is a CLIENT; BUILDER and ADMIN are granted. */
public enum Role {
    CLIENT, BUILDER, ADMIN
}
