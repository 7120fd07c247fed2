/**
 * How cancellation policies read for people wherever one is shown without a booking of its own: the admin console's
 * list and the builder's choice per session type. Wording only: what the terms mean is the policy domain's.
 */
package com.buildappswith.booking.web.policy;
