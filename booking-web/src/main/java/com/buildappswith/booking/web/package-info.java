/**
 * The web adapter: Faces view beans per domain (view state and navigation only, one application service each),
 * the JSON API under {@code /api}, and request filters such as clean URLs.
 */
package com.buildappswith.booking.web;
