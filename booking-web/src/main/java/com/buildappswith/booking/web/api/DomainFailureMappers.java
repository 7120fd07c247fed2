package com.buildappswith.booking.web.api;

import com.buildappswith.booking.profile.application.EmailTakenException;
import com.buildappswith.booking.profile.application.InvalidRegistrationException;
import com.buildappswith.booking.profile.model.InvalidProfileException;
import com.buildappswith.booking.scheduling.application.BookingRefusedException;
import com.buildappswith.booking.scheduling.application.InvalidScheduleException;
import com.buildappswith.booking.shared.AccessDeniedException;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.stream.Collectors;

/** How the services' refusals reach API clients: each as a problem with the status that fits it. */
public final class DomainFailureMappers {

    private DomainFailureMappers() {
    }

    /** A role the caller lacks, checked by {@code @RolesAllowed} on a service. */
    @Provider
    public static class RoleRefused implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return Problems.response(403, "Forbidden", "You are signed in but may not do this.");
        }
    }

    /** The same refusal as some containers report it for local calls. */
    @Provider
    public static class LocalRoleRefused implements ExceptionMapper<AccessLocalException> {
        @Override
        public Response toResponse(AccessLocalException e) {
            return Problems.response(403, "Forbidden", "You are signed in but may not do this.");
        }
    }

    @Provider
    public static class OwnershipRefused implements ExceptionMapper<AccessDeniedException> {
        @Override
        public Response toResponse(AccessDeniedException e) {
            return Problems.response(403, "Forbidden", e.getMessage());
        }
    }

    @Provider
    public static class InvalidProfile implements ExceptionMapper<InvalidProfileException> {
        @Override
        public Response toResponse(InvalidProfileException e) {
            return Problems.response(400, "Bad Request", e.getMessage());
        }
    }

    @Provider
    public static class InvalidSchedule implements ExceptionMapper<InvalidScheduleException> {
        @Override
        public Response toResponse(InvalidScheduleException e) {
            return Problems.response(400, "Bad Request", e.getMessage());
        }
    }

    @Provider
    public static class InvalidRegistration implements ExceptionMapper<InvalidRegistrationException> {
        @Override
        public Response toResponse(InvalidRegistrationException e) {
            return Problems.response(400, "Bad Request", e.getMessage());
        }
    }

    /** 409 when someone else was first (the slot or a limit is used up), 422 when the request cannot be met. */
    @Provider
    public static class BookingRefused implements ExceptionMapper<BookingRefusedException> {
        @Override
        public Response toResponse(BookingRefusedException e) {
            return e.isConflict()
                    ? Problems.response(409, "Conflict", e.getMessage())
                    : Problems.response(422, "Unprocessable Content", e.getMessage());
        }
    }

    @Provider
    public static class EmailTaken implements ExceptionMapper<EmailTakenException> {
        @Override
        public Response toResponse(EmailTakenException e) {
            return Problems.response(409, "Conflict", e.getMessage());
        }
    }

    /** Bean Validation on resource parameters: names each broken constraint. */
    @Provider
    public static class InvalidParameters implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            String detail = e.getConstraintViolations().stream()
                    .map(DomainFailureMappers::describe)
                    .sorted()
                    .collect(Collectors.joining("; "));
            return Problems.response(400, "Bad Request", detail);
        }
    }

    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1) + " " + violation.getMessage();
    }
}
