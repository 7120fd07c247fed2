package com.buildappswith.booking.web.booking;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the booking pages' clean URLs: {@code /booking/42} (choose and confirm a slot),
 * {@code /booking/42/success?booking=7} (what was booked) and {@code /booking/calendar}, from pages that read the
 * ids as parameters.
 */
@WebFilter("/booking/*")
public class BookingPathFilter extends HttpFilter {

    private static final Pattern CALENDAR = Pattern.compile("/booking/calendar/?");
    private static final Pattern BOOKING_PATH = Pattern.compile("/booking/(\\d{1,18})(/success)?/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (CALENDAR.matcher(path).matches()) {
            request.getRequestDispatcher("/booking/calendar.xhtml").forward(request, response);
            return;
        }
        Matcher matcher = BOOKING_PATH.matcher(path);
        if (!matcher.matches()) {
            chain.doFilter(request, response);
            return;
        }
        String page = matcher.group(2) == null ? "/booking.xhtml" : "/booking-success.xhtml";
        String query = request.getQueryString() == null ? "" : "&" + request.getQueryString();
        request.getRequestDispatcher(page + "?builder=" + matcher.group(1) + query).forward(request, response);
    }
}
