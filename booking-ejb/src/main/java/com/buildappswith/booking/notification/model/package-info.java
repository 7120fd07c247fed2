/**
 * The notification domain's model: the kinds of notice, the outbox message with its delivery state machine (pending,
 * sent, failed after the last attempt; retried with backoff), the in-app notification, and the plain-Java rules
 * that decide who is told what. Nothing here sends mail or talks to a database itself.
 */
package com.buildappswith.booking.notification.model;
