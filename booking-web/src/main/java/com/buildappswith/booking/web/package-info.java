/**
 * The web adapter: Faces view beans per domain (view state and navigation only, one application service each),
 * the JSON API under {@code /api}, request filters such as clean URLs, and the one way pages word money,
 * durations, times and statuses ({@link com.buildappswith.booking.web.Formats}).
 */
package com.buildappswith.booking.web;
