package com.buildappswith.booking.container;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Keeps each request's response with the request: Jakarta Security signs in through both, and CDI offers a test
 * only the request.
 */
@WebFilter("/*")
public class CurrentResponse implements Filter {

    private static final String ATTRIBUTE = CurrentResponse.class.getName();

    static HttpServletResponse of(HttpServletRequest request) {
        return (HttpServletResponse) request.getAttribute(ATTRIBUTE);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.setAttribute(ATTRIBUTE, response);
        chain.doFilter(request, response);
    }
}
