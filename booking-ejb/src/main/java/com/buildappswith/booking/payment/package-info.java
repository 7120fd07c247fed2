/**
 * The payment domain: a paid booking's payment (amount and currency snapshotted when it is booked), the checkout
 * the client pays through, the provider's events applied once each, and refunds. It reaches the scheduling domain
 * through that domain's application API; scheduling never reaches into payment.
 */
package com.buildappswith.booking.payment;
