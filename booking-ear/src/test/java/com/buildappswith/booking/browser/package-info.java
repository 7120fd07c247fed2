/**
 * Tests against the deployed EAR from outside, as a person or an API client would: headless Chromium driven by
 * Selenium through page objects, and plain HTTP for the API. They run against whichever server the build started
 * ({@code booking.baseUrl}) and keep screenshots under {@code target/screenshots}.
 */
package com.buildappswith.booking.browser;
