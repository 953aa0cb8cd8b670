package org.extramile.people;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A person's email address as HR enrols or corrects it: given, plain in shape, at most 254 characters. */
@NotBlank(message = "An email address is required.")
@Size(max = PersonRules.MAX_EMAIL, message = "An email address is at most 254 characters.")
@Pattern(regexp = PersonRules.EMAIL_REGEX, message = PersonRules.EMAIL_MESSAGE)
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface PersonEmail {

    String message() default "An email address is required, e.g. 'name@example.com'.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
