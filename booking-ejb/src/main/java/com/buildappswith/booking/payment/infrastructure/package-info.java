/**
 * The payment domain's adapters: the JPA repository, the gateways (the offline test mode, and Stripe's over
 * stripe-java), the reading of Stripe's signed webhook events into the domain's
 * {@link com.buildappswith.booking.payment.model.PaymentEvent}s, and the producer that picks a gateway by
 * configuration. Stripe's types stay in this package; no business rule lives here, and no key or webhook secret ever
 * reaches a message or a log.
 */
package com.buildappswith.booking.payment.infrastructure;
