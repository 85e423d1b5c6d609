package dev.brickapi.runtime.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generated metadata: the operation may be sent again after its connection broke, whatever its HTTP method
 * ({@code x-brickapi-idempotent: true} in the spec). {@code RetryPolicy} honours it for a POST as for a GET.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Idempotent {}
