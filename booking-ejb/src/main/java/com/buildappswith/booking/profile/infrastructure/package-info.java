/**
 * Adapters from the profile domain to the container: the Jakarta Security identity store over accounts. The
 * authentication mechanism that uses it lives in the web module.
 */
package com.buildappswith.booking.profile.infrastructure;
