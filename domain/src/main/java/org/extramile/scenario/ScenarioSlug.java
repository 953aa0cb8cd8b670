package org.extramile.scenario;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A new scenario's slug, as its author gives it: each rule it breaks is named on its own. */
@NotBlank(message = "A slug is required.")
@Size(max = Scenario.MAX_SLUG, message = "A slug is at most 80 characters.")
@Pattern(
        regexp = "[a-z0-9]+(-[a-z0-9]+)*",
        message = "A slug is lowercase words joined by dashes, e.g. 'late-delivery'.")
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ScenarioSlug {

    String message() default "A slug is lowercase words joined by dashes.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
