/**
 * The policy domain's model: cancellation terms as values (snapshotted onto each booking), the policies that carry
 * them, the refund rule as plain Java ({@link com.buildappswith.booking.policy.model.RefundCalculator}), and the
 * repositories' contracts. No container and no database here.
 */
package com.buildappswith.booking.policy.model;
