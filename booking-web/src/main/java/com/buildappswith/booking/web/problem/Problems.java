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
    }

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
