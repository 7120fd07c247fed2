/**
 * The payment domain's model: the gateway contract and its values, the entities (a booking's payment, its refunds,
 * the provider events already applied), and the rules as plain Java (the payment's state machine, what a late
 * payment means for its booking, how long a checkout stays open, when a failed refund is tried again). Nothing here
 * talks to a provider or a database itself.
 */
package com.buildappswith.booking.payment.model;
