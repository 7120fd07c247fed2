package com.buildappswith.booking.web.api;

import com.buildappswith.booking.shared.persistence.DatabaseUnavailableException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of the API into {@code application/problem+json}: the status a JAX-RS exception carries,
 * 503 naming the problem while the database is not available, or 500 with a detail that says nothing about the
 * server's internals (those go to the log).
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            boolean ownMessage = web.getMessage() != null && !web.getMessage().startsWith("HTTP ");
            return Problems.response(status.getStatusCode(), status.getReasonPhrase(),
                    ownMessage && status.getStatusCode() < 500 ? web.getMessage() : status.getReasonPhrase());
        }
        if (failure instanceof ProcessingException || failure instanceof JsonbException
                || failure instanceof JsonException) {
            return Problems.response(400, "Bad Request", "The request body is not JSON of the expected shape.");
        }
        Optional<DatabaseUnavailableException> unavailable = DatabaseUnavailableException.behind(failure);
        if (unavailable.isPresent()) {
            return Problems.response(503, "Service Unavailable", unavailable.get().getMessage());
        }
        LOG.log(Level.SEVERE, "Unexpected API failure", failure);
        return Problems.response(500, "Internal Server Error",
                "The request could not be completed; it has been logged.");
    }
}
