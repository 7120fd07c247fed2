/**
 * Adapters from the profile domain to the container and the database: the JPA repositories behind the model's
 * repository interfaces, and the Jakarta Security identity store over accounts. The authentication mechanism that
 * uses it lives in the web module. Queries of the profile domain live here and nowhere else.
 */
package com.buildappswith.booking.profile.infrastructure;
