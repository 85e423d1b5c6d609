package dev.brickapi.runtime.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generated metadata: the path parameters of a service that the client fills itself for every call
 * ({@code x-brickapi-client-parameters} in the spec, e.g. {@code account_id}). They are not parameters of the
 * Java methods; {@link ClientParameterContract} puts the configured value into every request line.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ClientParameters {
  /** The parameters' names as they stand in the paths ({@code {account_id}}). */
  String[] value();
}
