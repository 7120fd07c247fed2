/** The scheduling domain's use cases as transactional EJB facades, and their read models. */
package com.buildappswith.booking.scheduling.application;
