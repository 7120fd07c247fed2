/**
 * The policy domain: the cancellation policies an admin publishes (when a client may cancel for free, what part of
 * the price later notice gives back, until when and how often a booking may be moved), the terms each booking keeps
 * from the policy in force when it was made, the site's booking limits, and the audit log of admin changes. The
 * scheduling domain reads terms and limits through this domain's model and application API.
 */
package com.buildappswith.booking.policy;
