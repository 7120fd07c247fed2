/** Pages about builders: the directory and a builder's public page. */
package com.buildappswith.booking.web.profile;
