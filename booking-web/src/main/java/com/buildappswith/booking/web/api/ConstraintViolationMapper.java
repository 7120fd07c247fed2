package com.buildappswith.booking.web.api;

import com.buildappswith.booking.web.problem.Problems;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Broken parameter constraints, answered as {@link ProblemMapper} answers them. Needed beside it because Jersey
 * registers a mapper of its own for exactly this type, which the more general {@code Throwable} mapper never
 * outranks: without this one, Payara would answer an empty 400 rendered as an HTML page.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException invalid) {
        return Problems.response(ProblemMapper.problemFor(invalid));
    }
}
