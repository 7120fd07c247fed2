package com.buildappswith.booking.web.security;

import com.buildappswith.booking.profile.application.AccountService;
import com.buildappswith.booking.web.problem.Problems;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.security.Principal;

/**
 * Ends the session of an account that an admin has deactivated, at its next request, on whichever node it lands.
 * The check is a lookup by the indexed email, cheap next to rendering a page.
 */
@WebFilter(filterName = "ActiveAccountFilter", urlPatterns = "/*")
public class ActiveAccountFilter extends HttpFilter {

    @Inject
    private AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        if (principal == null || accounts.isActive(principal.getName())) {
            chain.doFilter(request, response);
            return;
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (BookingAuthenticationMechanism.isApi(request)) {
            Problems.write(response, 401, "Unauthorized", "This account has been deactivated.");
        } else {
            response.sendRedirect(request.getContextPath() + BookingAuthenticationMechanism.SIGN_IN_PAGE
                    + "?deactivated=true");
        }
    }
}
