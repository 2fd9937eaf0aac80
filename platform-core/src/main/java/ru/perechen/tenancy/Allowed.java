package ru.perechen.tenancy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The access an API operation requires, on the method or, as the default of its methods, on the
 * controller. The API refuses anyone without it before the operation runs and publishes its roles
 * in the OpenAPI document; an operation without one is refused to everybody.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {

    Access value();
}
