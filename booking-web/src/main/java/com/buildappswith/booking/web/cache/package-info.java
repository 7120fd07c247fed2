/**
 * Answers that are the same for every anonymous visitor (the directory, a builder's page, a builder's free slots),
 * remembered in memory under the version PostgreSQL keeps of what they show, so a burst of visitors or a crawler
 * costs one indexed read per request instead of a rendering. Nothing here decides what a page shows: only which
 * requests may be answered from memory, and for how long.
 */
package com.buildappswith.booking.web.cache;
