/**
 * The profile domain's use cases as transactional EJB facades that load through the model's repositories, call the
 * model, store and log, with the read models ({@code *View}) they hand to the web and batch layers; also what starts
 * a fresh installation's accounts, the throttles' transactions, and the container's password hashing. No queries here (they are in
 * {@code infrastructure}), and of the rules only those that ask the database (is this email taken, has this client
 * applied already) and the caller's role and ownership checks; the rest are in {@code model}. Entities leave this
 * package only for the services of domains that map them: the caller's {@code Account} ({@code CallerAccounts}) and
 * an imported builder's {@code BuilderProfile} ({@code BuilderProfiles.importPublished}).
 */
package com.buildappswith.booking.profile.application;
