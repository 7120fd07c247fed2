/**
 * What every domain shares: configuration read from the environment, the application's own datasource and its
 * schema migrations, and small value objects such as {@link com.buildappswith.booking.shared.Money}.
 * Nothing here knows about builders or bookings.
 */
package com.buildappswith.booking.shared;
