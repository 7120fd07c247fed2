/**
 * The profile domain's use cases as transactional EJB facades, and the read models ({@code *View}) they hand to
 * the web and batch layers. Entities do not leave this package's methods.
 */
package com.buildappswith.booking.profile.application;
