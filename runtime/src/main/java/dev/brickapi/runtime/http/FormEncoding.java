package dev.brickapi.runtime.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generated metadata of an operation whose body is {@code application/x-www-form-urlencoded}: the fields its spec
 * sends another way than OpenAPI's default (style form, exploded), by JSON name. The runtime's codec reads it when it
 * writes the form ({@code dev.brickapi.runtime.json.FormBody}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface FormEncoding {
  /** Fields in {@code style: deepObject}: {@code metadata[key]=v}, {@code items[0][price]=p}. */
  String[] deepObject() default {};

  /** Fields in {@code style: form} with {@code explode: false}: one key, the values joined by commas. */
  String[] joined() default {};
}
