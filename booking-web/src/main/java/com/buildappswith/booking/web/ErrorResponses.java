package com.buildappswith.booking.web;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.persistence.DatabaseFailure;
import com.buildappswith.booking.shared.persistence.DatabaseUnavailableException;
import com.buildappswith.booking.shared.persistence.RefusalLog;
import com.buildappswith.booking.web.problem.Problems;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Where the container sends its own errors (a constraint in web.xml refusing a role, an unknown address, a
 * failure before any page ran): API clients get a problem document, people get a page of the site. A refusal of
 * the database answers as {@link DatabaseFailure} says (a 503 while it is not available yet), not as an internal
 * error; a form whose view expired answers 400 with a page that says so. A page's failures of both kinds are answered
 * the same way by {@link AnsweredFailures}, before the container would log each with its stack trace.
 */
@WebServlet("/errors/*")
public class ErrorResponses extends HttpServlet {

    private static final Map<Integer, String> PAGES = Map.of(403, "/forbidden.xhtml", 404, "/not-found.xhtml",
            503, "/unavailable.xhtml");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        answer(request, response, (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION),
                request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE),
                request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    }

    /**
     * Answers the request to {@code uri} that failed with {@code failure} (null if none) or was given the status
     * {@code code} (null if none), as the container's error dispatch does.
     */
    static void answer(HttpServletRequest request, HttpServletResponse response, Throwable failure, Object code,
                       Object uri) throws ServletException, IOException {
        Optional<DomainException> refusedByTheDatabase = DatabaseFailure.behind(failure);
        refusedByTheDatabase.filter(DatabaseUnavailableException.class::isInstance)
                .map(DatabaseUnavailableException.class::cast)
                .ifPresent(unavailable -> RefusalLog.DATABASE.refused(unavailable.reason()));
        boolean expired = isExpiredView(failure);
        int status = expired ? HttpServletResponse.SC_BAD_REQUEST : refusedByTheDatabase
                .map(refusal -> refusal.type().status()).orElse(code instanceof Integer number ? number : 500);
        if (uri != null && uri.toString().startsWith(request.getContextPath() + "/api/")) {
            if (refusedByTheDatabase.isPresent()) {
                Problems.write(response, Problems.Problem.of(refusedByTheDatabase.get()));
            } else if (request.getAttribute(Problems.ATTRIBUTE) instanceof Problems.Problem problem
                    && problem.status() == status) {
                Problems.write(response, problem);
            } else {
                Problems.write(response, Problems.Problem.ofStatus(status));
            }
            return;
        }
        RequestDispatcher page = request.getRequestDispatcher(expired ? "/expired.xhtml"
                : PAGES.getOrDefault(status, "/error.xhtml"));
        if (response.isCommitted()) {
            page.include(request, response);
        } else {
            response.setStatus(status);
            page.forward(request, response);
        }
    }

    /**
     * Whether {@code failure} is one that operation brings (the database unavailable or refusing, a form whose view
     * this node does not know), which a page answers saying what happened rather than as an error of the server.
     */
    static boolean isExpected(Throwable failure) {
        return isExpiredView(failure) || DatabaseFailure.behind(failure).isPresent();
    }

    /**
     * A form sent to a node that does not know its view: the session ended, or the node that showed the page died and
     * the balancer sent the form to another. The person's request, not the server, is what cannot be served.
     */
    private static boolean isExpiredView(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }
}
