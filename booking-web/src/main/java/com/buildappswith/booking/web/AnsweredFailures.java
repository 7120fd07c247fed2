package com.buildappswith.booking.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Answers a page's failure that operation brings (the database unavailable or refusing, a form whose view this node
 * does not know) as {@link ErrorResponses} would, without letting it reach the container: an exception that leaves a
 * servlet is logged by the container as an error with its whole stack trace (Undertow's UT005023, Payara's
 * StandardWrapperValve), so while the database was away every page view added a few hundred lines to the log, and
 * every form sent after its node died one more. The application counts the database's refusals in a line now and
 * then instead ({@link com.buildappswith.booking.shared.persistence.RefusalLog}). Any other failure, or one of the
 * page that answers it, still reaches the container, which logs it, as a failure nobody expected should be.
 * <p>
 * Answered here rather than through {@code sendError}: Payara sent that error dispatch to the Faces servlet instead of
 * the error pages' servlet, which failed in turn.
 */
@WebFilter(filterName = "AnsweredFailures", servletNames = "Faces Servlet",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class AnsweredFailures extends HttpFilter {

    private static final String ANSWERING = AnsweredFailures.class.getName() + ".answering";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!ErrorResponses.isExpected(e) || request.getAttribute(ANSWERING) != null) {
                throw e;
            }
            request.setAttribute(ANSWERING, e);
            // What the container's error dispatch tells its page: the address the person asked for (before the clean
            // addresses' forward), which the expired page links back to, and a message, which marks the page as an
            // error page for Faces, so that it is rendered afresh rather than restored from the failed form's view
            // state (an expired form would fail once more). Not the exception: Payara, as Tomcat, takes that request
            // attribute for a failure still to answer.
            Object asked = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) instanceof String forwarded
                    ? forwarded : request.getRequestURI();
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, asked);
            request.setAttribute(RequestDispatcher.ERROR_MESSAGE, String.valueOf(e.getMessage()));
            ErrorResponses.answer(request, response, e, null, asked);
        }
    }
}
