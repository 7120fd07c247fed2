/** Session types and availability as entities; rules are plain Java that take values and return values. */
package com.buildappswith.booking.scheduling.model;
