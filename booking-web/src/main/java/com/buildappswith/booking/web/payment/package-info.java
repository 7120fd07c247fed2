/**
 * The payment screens people see: the test mode's checkout (only while no payment keys are configured), the page a
 * checkout left unpaid returns to, and how a booking's payment is worded wherever a booking is shown. View state
 * and wording only: what a payment may do is decided in the payment domain, reached through its application API.
 */
package com.buildappswith.booking.web.payment;
