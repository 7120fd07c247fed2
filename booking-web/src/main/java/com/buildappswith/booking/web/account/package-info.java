/** Pages of one's own account: sign in, register, sign out, apply to become a builder. */
package com.buildappswith.booking.web.account;
