/**
 * The policy domain's use cases, each a transaction: admins create, edit and publish policies and choose the site
 * default, set the booking limits, and read the audit log every such change writes; builders read the published
 * policies to choose one per session type.
 */
package com.buildappswith.booking.policy.application;
