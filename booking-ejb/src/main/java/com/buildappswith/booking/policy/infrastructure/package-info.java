/** JPA repositories of the policy domain: policies, the site's booking settings row, the admin audit log. */
package com.buildappswith.booking.policy.infrastructure;
