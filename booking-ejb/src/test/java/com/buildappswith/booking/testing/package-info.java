/**
 * Helpers that tests of every module share (booking-ejb publishes its test classes as a test jar for them): the
 * seeded generators behind the property tests. Nothing here is part of the application.
 */
package com.buildappswith.booking.testing;
