package com.buildappswith.booking.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * Headers every response carries. Scripts may be inline because PrimeFaces writes its widget set-up inline and
 * evaluates ajax updates; its nonce mode ({@code primefaces.CSP}) failed with "CSP nonce mismatch" when a
 * non-ajax postback re-rendered a form, so it stays off. Everything else is locked down: no plugins, no framing,
 * forms post only here. Faces may reset the response before rendering, so the response is wrapped to keep
 * these headers. Forwards too: the clean addresses ({@code /builders/42}) are forwarded to their pages by a filter that
 * may come before this one, and their pages went out without these headers.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
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

        /** A looser policy or frame option from a framework never replaces these. */
        @Override
        public void setHeader(String name, String value) {
            if (!CSP.equalsIgnoreCase(name) && !FRAME_OPTIONS.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!CSP.equalsIgnoreCase(name) && !FRAME_OPTIONS.equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
