/**
 * Who is who: accounts with their roles, and the public profiles of builders. This domain depends on no other (only
 * on {@code shared}); the others depend on it. Their entities map {@code Account} and {@code BuilderProfile}
 * directly (a booking belongs to a client's account and a builder's profile), so their queries may join and lock
 * those rows (scheduling raises a profile's version when the builder's hours change), and they may use this
 * domain's values and role names; but they create and change accounts and profiles only through its
 * {@code application} services.
 */
package com.buildappswith.booking.profile;
