package com.buildappswith.booking.web.problem;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * RFC 9457 problem details, for JAX-RS responses and for the servlet filters and the authentication mechanism that
 * answer before JAX-RS runs; kept apart from both so that each can use it.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);
    /** The request attribute holding the problem an authentication mechanism answered with. */
    public static final String ATTRIBUTE = Problems.class.getName() + ".problem";
    /** The type of a problem that is only its HTTP status (RFC 9457, section 4.2.1). */
    private static final String STATUS_ONLY = "about:blank";

    private Problems() {
    }

    public record Problem(String type, String title, int status, String detail) {

        public static Problem of(DomainException refusal) {
            ProblemType type = refusal.type();
            return new Problem(type.uri(), type.title(), type.status(), refusal.getMessage());
        }

        public static Problem of(int status, String title, String detail) {
            return new Problem(STATUS_ONLY, title, status, detail);
        }

        /**
         * A failure that is only its status, worded by the product: what the server or its framework said about it
         * (RESTEasy's and Jersey's messages name their internals) never reaches the caller.
         */
        public static Problem ofStatus(int status) {
            return of(status, TITLES.getOrDefault(status, status < 500 ? "Bad Request" : "Internal Server Error"),
                    DETAILS.getOrDefault(status, status < 500 ? "The request cannot be answered as it is."
                            : "The request could not be completed; it has been logged."));
        }
    }

    private static final Map<Integer, String> TITLES = Map.of(400, "Bad Request", 401, "Unauthorized",
            403, "Forbidden", 404, "Not Found", 405, "Method Not Allowed", 406, "Not Acceptable",
            415, "Unsupported Media Type", 429, "Too Many Requests", 503, "Service Unavailable");
    private static final Map<Integer, String> DETAILS = Map.of(
            400, "The request cannot be read as it is.",
            401, "Sign in to use this API.",
            403, "You are signed in but may not do this.",
            404, "There is nothing at this address.",
            405, "This address does not accept that method.",
            406, "This address answers with JSON only (application/json).",
            415, "Send the request body as JSON (Content-Type: application/json).",
            503, "The service is not available right now. Please try again shortly.");

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(PROBLEM_JSON).entity(problem).build();
    }

    public static Response response(int status, String title, String detail) {
        return response(Problem.of(status, title, detail));
    }

    public static void write(HttpServletResponse response, Problem problem) {
        try {
            response.setStatus(problem.status());
            response.setContentType(MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("type", problem.type())
                    .add("title", problem.title())
                    .add("status", problem.status())
                    .add("detail", problem.detail())
                    .build()
                    .toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(HttpServletResponse response, int status, String title, String detail) {
        write(response, Problem.of(status, title, detail));
    }

    /** For the authentication mechanism: answers the request itself and tells the container it did. */
    public static AuthenticationStatus write(HttpServletResponse response, int status, String title, String detail,
                                             HttpMessageContext context) {
        // Payara sends the response as the mechanism left it. WildFly (Undertow) turns a failed authentication with
        // an error status into sendError(status), which discards this body and dispatches the error page instead:
        // the problem is kept on the request so that the error page (ErrorResponses) answers with the same one.
        Problem problem = Problem.of(status, title, detail);
        context.getRequest().setAttribute(ATTRIBUTE, problem);
        write(response, problem);
        return AuthenticationStatus.SEND_FAILURE;
    }
}
