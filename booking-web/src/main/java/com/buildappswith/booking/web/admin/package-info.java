/** The admin console's pages: users and builder applications. Every page here needs the ADMIN role. */
package com.buildappswith.booking.web.admin;
