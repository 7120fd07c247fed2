/**
 * The JSON API under {@code /api}. Errors are {@code application/problem+json} (RFC 9457) with a clear detail;
 * resources hold no business rule and call one application service each.
 */
package com.buildappswith.booking.web.api;
