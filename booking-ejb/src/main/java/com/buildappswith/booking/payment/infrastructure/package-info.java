/**
 * The payment domain's adapters: the JPA repository, the gateways (the offline test mode here; Stripe's beside it)
 * and the producer that picks one by configuration. No business rule lives here.
 */
package com.buildappswith.booking.payment.infrastructure;
