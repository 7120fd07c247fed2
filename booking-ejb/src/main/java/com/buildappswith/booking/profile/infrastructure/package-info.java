/**
 * Adapters from the profile domain to the container and the database: the JPA repositories behind the model's
 * repository interfaces (the throttles' rows among them), and the Jakarta Security identity store over accounts. The authentication mechanism that
 * uses it lives in the web module. Every query of the profile domain runs from here: written here, or declared as a
 * named query on its entity where it runs on every request and should be prepared once.
 */
package com.buildappswith.booking.profile.infrastructure;
