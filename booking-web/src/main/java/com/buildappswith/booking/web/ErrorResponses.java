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
 * error; a form whose view expired answers 400 with a page that says so.
 */
@WebServlet("/errors/*")
public class ErrorResponses extends HttpServlet {

    private static final Map<Integer, String> PAGES = Map.of(403, "/forbidden.xhtml", 404, "/not-found.xhtml",
            503, "/unavailable.xhtml");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<DomainException> refusedByTheDatabase = DatabaseFailure.behind(
                (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        refusedByTheDatabase.filter(DatabaseUnavailableException.class::isInstance)
                .map(DatabaseUnavailableException.class::cast)
                .ifPresent(unavailable -> RefusalLog.DATABASE.refused(unavailable.reason()));
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        boolean expired = isExpiredView((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        int status = expired ? HttpServletResponse.SC_BAD_REQUEST : refusedByTheDatabase
                .map(refusal -> refusal.type().status()).orElse(code instanceof Integer number ? number : 500);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
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
