/**
 * The {@code import-builders} job: reads builders from a CSV file (the demo file shipped in the application, or a
 * file named by the {@code file} job parameter; RFC 4180, read with Apache Commons CSV), skips and reports bad lines
 * (not valid CSV, or not a valid builder) with their line numbers, and creates the rest. Running it twice on the
 * same file creates nothing the second time.
 *
 * <p>Columns: {@code email, display_name, headline, bio, expertise, timezone, session_types, weekly_hours}.
 * Expertise tags are separated by {@code |}. Session types are separated by {@code ;}, each
 * {@code name/minutes/price/description} where price is {@code free} or {@code CUR amount} ({@code USD 150.00}; an
 * amount of zero is free too).
 * Weekly hours are separated by {@code ;}, each {@code DAY[-DAY] HH:MM-HH:MM} in the builder's timezone; an end of
 * {@code 24:00} means until midnight.
 */
package com.buildappswith.booking.batch.importbuilders;
