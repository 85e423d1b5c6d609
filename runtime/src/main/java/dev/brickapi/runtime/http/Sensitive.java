package dev.brickapi.runtime.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generated metadata: the JSON names of the fields marked {@code x-brickapi-sensitive} in the spec that the
 * operation's request or response body can hold, at any depth. The runtime masks their values in every
 * logged body and every error message of that operation, and also masks, in its responses and errors, the
 * values the request sent in those fields.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Sensitive {
  /** The JSON names, e.g. {@code string_value}. */
  String[] value();
}
