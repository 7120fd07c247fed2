/**
 * The payment domain's adapters to the outside: the Stripe gateway over stripe-java and the reading of Stripe's
 * signed webhook events into the domain's {@link com.buildappswith.booking.payment.model.PaymentEvent}s. Stripe's
 * types stay in this package; no rule lives here, and no key or webhook secret ever reaches a message or a log.
 */
package com.buildappswith.booking.payment.infrastructure;
