package com.buildappswith.booking.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * Headers every response carries. Scripts are governed by the nonce policy PrimeFaces writes itself
 * ({@code primefaces.CSP}); this policy covers everything else and is enforced alongside it, as a second
 * header. Faces resets the response before rendering a page and PrimeFaces sets its own policy and frame
 * option, so the response is wrapped to keep these headers through both.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "img-src 'self' data: https:",
            "style-src 'self' 'unsafe-inline'",
            "font-src 'self' data:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    private static final String CSP = "Content-Security-Policy";
    private static final String FRAME_OPTIONS = "X-Frame-Options";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HardenedResponse hardened = new HardenedResponse(response, request.isSecure());
        hardened.applyHeaders();
        chain.doFilter(request, hardened);
    }

    private static final class HardenedResponse extends HttpServletResponseWrapper {

        private final boolean secure;

        HardenedResponse(HttpServletResponse response, boolean secure) {
            super(response);
            this.secure = secure;
        }

        void applyHeaders() {
            super.setHeader(CSP, CONTENT_SECURITY_POLICY);
            super.setHeader("X-Content-Type-Options", "nosniff");
            super.setHeader(FRAME_OPTIONS, "DENY");
            super.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            if (secure) {
                super.setHeader("Strict-Transport-Security", "max-age=31536000");
            }
        }

        @Override
        public void reset() {
            super.reset();
            applyHeaders();
        }

        @Override
        public void setHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            } else if (!FRAME_OPTIONS.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!FRAME_OPTIONS.equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
