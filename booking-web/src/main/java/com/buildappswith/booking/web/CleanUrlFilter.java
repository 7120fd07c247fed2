package com.buildappswith.booking.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The clean URLs people share ({@code /builders/42}, {@code /booking}, {@code /booking/42},
 * {@code /booking/42/success?booking=7}, {@code /booking/calendar}, {@code /booking/manage},
 * {@code /booking/manage/7}, {@code /builder/bookings}, {@code /notifications}) and those a payment provider returns to
 * ({@code /payments/cancelled?booking=7}, and the
 * test mode's {@code /payments/test-checkout?session=...}), served by the pages behind them: one table of routes, each a path pattern, the page,
 * and the view parameters its groups fill. The request's own query parameters travel with the forward. Any
 * other path goes on unchanged, so the {@code .xhtml} addresses keep working and an unknown address is a 404.
 *
 * <p>A filter rather than OmniFaces' extensionless views (MultiViews): no library for a handful of routes, the pages keep
 * reading their ids as {@code f:viewParam} (MultiViews hands them over as path parameters, read in the view
 * beans), and MultiViews would serve {@code /booking/42/success} from {@code booking.xhtml}, so a table of
 * exceptions would be needed anyway.
 */
@WebFilter(filterName = "CleanUrlFilter", urlPatterns = {"/builders/*", "/booking/*", "/payments/*", "/builder/*",
        "/notifications", "/notifications/"})
public class CleanUrlFilter extends HttpFilter {

    private static final String ID = "(\\d{1,18})";
    private static final List<Route> ROUTES = List.of(
            new Route("/builders/" + ID, "/builder.xhtml", "id"),
            new Route("/booking", "/booking/start.xhtml"),
            new Route("/booking/calendar", "/booking/calendar.xhtml"),
            new Route("/booking/manage", "/booking/manage.xhtml"),
            new Route("/booking/manage/" + ID, "/booking/manage-booking.xhtml", "id"),
            new Route("/builder/bookings", "/builder/bookings.xhtml"),
            new Route("/booking/" + ID, "/booking.xhtml", "builder"),
            new Route("/booking/" + ID + "/success", "/booking-success.xhtml", "builder"),
            new Route("/payments/test-checkout", "/payments/test-checkout.xhtml"),
            new Route("/payments/cancelled", "/payments/cancelled.xhtml"),
            new Route("/notifications", "/notifications.xhtml"));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> page = page(request.getRequestURI().substring(request.getContextPath().length()));
        if (page.isPresent()) {
            request.getRequestDispatcher(page.get()).forward(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The page and view parameters serving {@code path} (below the context root), if it is a clean URL. */
    static Optional<String> page(String path) {
        return ROUTES.stream().map(route -> route.page(path)).flatMap(Optional::stream).findFirst();
    }

    /** A clean path (a trailing slash allowed), the page serving it, and the names of its groups' parameters. */
    private record Route(Pattern path, String page, List<String> parameters) {

        Route(String path, String page, String... parameters) {
            this(Pattern.compile(path + "/?"), page, List.of(parameters));
        }

        Optional<String> page(String requested) {
            Matcher matcher = path.matcher(requested);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            String query = IntStream.range(0, parameters.size())
                    .mapToObj(index -> parameters.get(index) + "=" + matcher.group(index + 1))
                    .collect(Collectors.joining("&"));
            return Optional.of(query.isEmpty() ? page : page + "?" + query);
        }
    }
}
