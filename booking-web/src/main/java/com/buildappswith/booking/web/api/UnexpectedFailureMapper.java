package com.buildappswith.booking.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of the API into {@code application/problem+json}: the status a JAX-RS exception carries,
 * or 500 with a detail that says nothing about the server's internals (those go to the log).
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());
    static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return problem(status.getStatusCode(), status.getReasonPhrase(), status.getReasonPhrase());
        }
        LOG.log(Level.SEVERE, "Unexpected API failure", failure);
        return problem(500, "Internal Server Error", "The request could not be completed; it has been logged.");
    }

    static Response problem(int status, String title, String detail) {
        return Response.status(status)
                .type(PROBLEM_JSON)
                .entity(new Problem("about:blank", title, status, detail))
                .build();
    }

    public record Problem(String type, String title, int status, String detail) {
    }
}
