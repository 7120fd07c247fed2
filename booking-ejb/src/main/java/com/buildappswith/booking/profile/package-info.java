/**
 * Who is who: accounts with their roles, and the public profiles of builders. Other domains refer to a builder or
 * a client by id and reach this domain only through its {@code application} services.
 */
package com.buildappswith.booking.profile;
