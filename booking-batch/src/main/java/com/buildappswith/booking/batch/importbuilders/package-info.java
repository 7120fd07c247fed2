/**
 * The {@code import-builders} job: reads builders from a CSV file (the demo file shipped in the application, or a
 * file named by the {@code file} job parameter), skips and reports bad lines, and creates the rest. Running it
 * twice on the same file creates nothing the second time.
 *
 * <p>Columns: {@code email, display_name, headline, bio, expertise, timezone, session_types, weekly_hours}.
 * Expertise tags are separated by {@code |}. Session types are separated by {@code ;}, each
 * {@code name/minutes/price/description} where price is {@code free} or {@code CUR amount} ({@code USD 150.00}).
 * Weekly hours are separated by {@code ;}, each {@code DAY[-DAY] HH:MM-HH:MM} in the builder's timezone.
 */
package com.buildappswith.booking.batch.importbuilders;
