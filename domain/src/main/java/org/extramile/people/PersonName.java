package org.extramile.people;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A person's name as HR enrols or corrects it: given, and at most {@link PersonRules#MAX_NAME} characters. */
@NotBlank(message = "A name is required.")
@Size(max = PersonRules.MAX_NAME, message = "A name is at most 200 characters.")
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface PersonName {

    String message() default "A name is required, at most 200 characters.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
