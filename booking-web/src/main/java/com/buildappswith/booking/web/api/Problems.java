package com.buildappswith.booking.web.api;

import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.UncheckedIOException;

/** RFC 9457 problem details, for JAX-RS responses and for filters that answer before JAX-RS runs. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);
    /** The request attribute holding the problem an authentication mechanism answered with. */
    public static final String ATTRIBUTE = Problems.class.getName() + ".problem";

    private Problems() {
    }

    public record Problem(String type, String title, int status, String detail) {
    }

    public static Response response(int status, String title, String detail) {
        return Response.status(status)
                .type(PROBLEM_JSON)
                .entity(new Problem("about:blank", title, status, detail))
                .build();
    }

    public static void write(HttpServletResponse response, int status, String title, String detail) {
        try {
            response.setStatus(status);
            response.setContentType(MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", title)
                    .add("status", status)
                    .add("detail", detail)
                    .build()
                    .toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For the authentication mechanism: answers the request itself and tells the container it did. */
    public static AuthenticationStatus write(HttpServletResponse response, int status, String title, String detail,
                                             HttpMessageContext context) {
        // Payara sends the response as the mechanism left it. WildFly (Undertow) turns a failed authentication with
        // an error status into sendError(status), which discards this body and dispatches the error page instead:
        // the problem is kept on the request so that the error page (ErrorResponses) answers with the same one.
        context.getRequest().setAttribute(ATTRIBUTE, new Problem("about:blank", title, status, detail));
        write(response, status, title, detail);
        return AuthenticationStatus.SEND_FAILURE;
    }
}
