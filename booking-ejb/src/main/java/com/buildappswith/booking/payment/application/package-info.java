/**
 * The payment domain's use cases: {@link com.buildappswith.booking.payment.application.Payments}, the one entry point
 * of the web layer (start a checkout, apply a provider's event, check a return, release a hold, refund), and the
 * test mode's checkout. The transactions are short and the provider is only ever called between them, so no lock
 * is held while it answers. No business rule lives here that the model could own.
 */
package com.buildappswith.booking.payment.application;
