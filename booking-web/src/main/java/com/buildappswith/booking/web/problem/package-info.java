/**
 * Problem details (RFC 9457) as every part of the web layer answers failures with them: the API's exception
 * mapper, the security filters and authentication mechanism, and the error servlet. Nothing here knows a domain
 * beyond {@link com.buildappswith.booking.shared.DomainException}'s problem type.
 */
package com.buildappswith.booking.web.problem;
