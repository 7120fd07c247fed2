/**
 * Who the caller is, on every request: the authentication mechanism (form sign-in for pages, HTTP Basic or the
 * session for the API), the identity store over accounts, the sign-in and registration throttles' entry points, and
 * the filters that end sessions of deactivated accounts and add security headers. Authorization itself lives in the
 * services ({@code @RolesAllowed} and ownership checks) and in web.xml's constraints.
 */
package com.buildappswith.booking.web.security;
