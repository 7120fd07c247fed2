package com.buildappswith.booking.profile.application;

import com.buildappswith.booking.profile.model.Role;

import java.util.Set;

/** What the identity store needs to check a password: the principal, the stored hash and the roles. */
public record SignInCandidate(String principalName, String passwordHash, Set<Role> roles) {
}
