package com.buildappswith.booking.web.security;

import com.buildappswith.booking.web.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * Cross-site request forgery protection for the API. A browser sends the session cookie on its own, so a
 * state-changing API request that relies on the session must also carry the session's token in
 * {@code X-CSRF-Token} (given by {@code GET /api/me}). Requests with HTTP Basic credentials need no token: a
 * forged cross-site request cannot add them. Faces forms are protected by their view state.
 */
@WebFilter(filterName = "ApiCsrfFilter", urlPatterns = "/api/*")
public class ApiCsrfFilter extends HttpFilter {

    public static final String HEADER = "X-CSRF-Token";
    private static final String SESSION_ATTRIBUTE = "booking.csrfToken";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod()) || request.getHeader("Authorization") != null
                || request.getSession(false) == null || matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        Problems.write(response, 403, "Forbidden",
                "This request uses the browser session, so it needs the " + HEADER + " header from GET /api/me.");
    }

    private static boolean matches(HttpServletRequest request) {
        String expected = (String) request.getSession().getAttribute(SESSION_ATTRIBUTE);
        String given = request.getHeader(HEADER);
        return expected != null && given != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /** The session's token, created on first use. */
    public static String tokenFor(HttpSession session) {
        Object token = session.getAttribute(SESSION_ATTRIBUTE);
        if (token instanceof String existing) {
            return existing;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String created = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(SESSION_ATTRIBUTE, created);
        return created;
    }
}
