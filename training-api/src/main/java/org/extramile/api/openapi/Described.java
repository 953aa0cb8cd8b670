package org.extramile.api.openapi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A query parameter's description for the OpenAPI document, on a field of a {@code @BeanParam} class: Payara's
 * generator fails on MicroProfile's {@code @Parameter} there, so {@link OpenApiCompletion} reads this instead.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Described {

    String value();
}
