/**
 * What can be booked and when: session types, builders' weekly hours and exceptions, bookings with their audit
 * trail, and the slot rules.
 * <p>
 * Its entities map the profile domain's {@code BuilderProfile} and {@code Account} directly (the builder of a
 * session type, hours or a booking; a booking's client) rather than holding their ids, deliberately: the booking
 * transaction reads the session type with its builder and the builder's account in one query and locks the
 * builder's and the client's rows, and the pages show builders' and clients' names, so ids alone would cost a query
 * each while both domains share one database and one persistence unit. Beyond these mappings, scheduling uses the
 * profile domain through its application API ({@code CallerAccounts}, {@code BuilderDirectory}); the few queries
 * of profile rows that scheduling needs (the builder of an account, the builder's row lock) are in its
 * infrastructure with its other queries.
 */
package com.buildappswith.booking.scheduling;
