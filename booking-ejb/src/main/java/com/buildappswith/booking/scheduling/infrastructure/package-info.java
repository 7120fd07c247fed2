/**
 * The scheduling domain's adapter to the database: the JPA repositories behind the model's repository interfaces,
 * each an application-scoped bean over the transaction's entity manager that plain Java can also build over an
 * entity manager of its own ({@link com.buildappswith.booking.scheduling.infrastructure.SlotBookers} does for the
 * booking transaction outside the server). Every query of the domain lives here and nowhere else, including the
 * reads and the row lock of builders' profile rows that scheduling needs; no rule does.
 */
package com.buildappswith.booking.scheduling.infrastructure;
