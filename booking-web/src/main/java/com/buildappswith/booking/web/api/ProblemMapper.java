package com.buildappswith.booking.web.api;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.TooManyRequestsException;
import com.buildappswith.booking.shared.persistence.DatabaseFailure;
import com.buildappswith.booking.shared.persistence.DatabaseUnavailableException;
import com.buildappswith.booking.shared.persistence.RefusalLog;
import com.buildappswith.booking.web.problem.Problems;
import com.buildappswith.booking.web.problem.Problems.Problem;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Turns every failure of the API into {@code application/problem+json}: a refusal of the application with the
 * problem type it carries, a role the container refused as 403, broken parameter constraints and unreadable JSON
 * as 400, the status a JAX-RS exception carries (in the product's words, never the framework's message), the answer
 * {@link DatabaseFailure} gives a refusal of the database (503 while it is not available or too busy, counted in
 * {@link RefusalLog} rather than logged one by one), or 500 with a detail that says nothing about the server's
 * internals (those go to the log).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        DatabaseUnavailableException.behind(failure)
                .ifPresent(unavailable -> RefusalLog.DATABASE.refused(unavailable.reason()));
        Response answer = Problems.response(problemFor(failure));
        if (failure instanceof TooManyRequestsException tooMany) {
            answer.getHeaders().putSingle("Retry-After", Long.toString(tooMany.retryAfterSeconds()));
        }
        return answer;
    }

    static Problem problemFor(Throwable failure) {
        if (failure instanceof DomainException refusal) {
            return Problem.of(refusal);
        }
        // A role the caller lacks, refused by @RolesAllowed on a service (some containers report local calls apart).
        if (failure instanceof EJBAccessException || failure instanceof AccessLocalException) {
            return Problem.of(403, "Forbidden", "You are signed in but may not do this.");
        }
        if (failure instanceof ConstraintViolationException invalid) {
            return Problem.of(400, "Bad Request", invalid.getConstraintViolations().stream()
                    .map(ProblemMapper::describe)
                    .sorted()
                    .collect(Collectors.joining("; ")));
        }
        if (failure instanceof WebApplicationException web) {
            return Problem.ofStatus(web.getResponse().getStatus());
        }
        if (failure instanceof ProcessingException || failure instanceof JsonbException
                || failure instanceof JsonException) {
            return Problem.of(400, "Bad Request", "The request body is not JSON of the expected shape.");
        }
        Optional<DomainException> refusedByTheDatabase = DatabaseFailure.behind(failure);
        if (refusedByTheDatabase.isPresent()) {
            DatabaseFailure.of(failure).filter(DatabaseFailure::needsAnOperator).ifPresent(kind ->
                    LOG.log(Level.WARNING, "The database refused an API request: " + kind, failure));
            return Problem.of(refusedByTheDatabase.get());
        }
        LOG.log(Level.SEVERE, "Unexpected API failure", failure);
        return Problem.of(500, "Internal Server Error", "The request could not be completed; it has been logged.");
    }

    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1) + " " + violation.getMessage();
    }
}
