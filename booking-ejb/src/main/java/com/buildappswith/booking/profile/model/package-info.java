/**
 * Accounts and builder profiles as entities, the values and rules that keep them valid ({@code EmailAddress},
 * {@code Registration}, {@code PasswordPolicy}, {@code ProfileDetails}, the sign-in and registration throttles'
 * rules), and the repository interfaces through which they are stored and found, the throttles' shared rows too. Plain Java with JPA mapping annotations and no container code,
 * so every rule is tested without a server; the entities declare their named queries (JPA accepts them nowhere
 * else), which only {@code infrastructure} runs.
 */
package com.buildappswith.booking.profile.model;
