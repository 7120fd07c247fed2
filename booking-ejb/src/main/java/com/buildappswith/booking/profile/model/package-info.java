/** Accounts and builder profiles as entities, with the rules that keep them valid. No container code. */
package com.buildappswith.booking.profile.model;
