package com.buildappswith.booking.web.admin;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A number of the limits form, required and within its {@link LimitField}'s bounds, told beside the field. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Limit.Check.class)
public @interface Limit {

    LimitField value();

    /** Unused: each field's {@link LimitField} words the message. */
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a value against its field's bounds. */
    class Check implements ConstraintValidator<Limit, Integer> {

        private LimitField field;

        @Override
        public void initialize(Limit limit) {
            field = limit.value();
        }

        @Override
        public boolean isValid(Integer value, ConstraintValidatorContext context) {
            return field.problemWith(value).map(problem -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }
}
