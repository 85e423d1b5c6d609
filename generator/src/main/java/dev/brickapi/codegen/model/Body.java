package dev.brickapi.codegen.model;

import java.util.List;
import java.util.Map;

/**
 * A request or response body.
 *
 * @param media how the body is encoded
 * @param contentType the media type the spec declares for it, as written ({@code application/json; charset=utf-8})
 * @param leftAside the other media types the spec offers for the same body, which the client does not use
 * @param formStyles for a form body, how each field that is not sent the default way (form, exploded) is sent, by
 *     its JSON name
 */
public record Body(MediaKind media, String contentType, TypeRef type, boolean required, String description,
    List<String> leftAside, Map<String, FormStyle> formStyles) {

  public Body {
    leftAside = List.copyOf(leftAside);
    formStyles = Map.copyOf(formStyles);
  }

  public Body(MediaKind media, String contentType, TypeRef type, boolean required, String description) {
    this(media, contentType, type, required, description, List.of(), Map.of());
  }

  /** The same body with another type (the request object that carries it). */
  public Body withType(TypeRef other) {
    return new Body(media, contentType, other, required, description, leftAside, formStyles);
  }

  /**
   * JSON (any JSON media type), a stream of bytes, a {@code multipart/form-data} form, an
   * {@code application/x-www-form-urlencoded} form, or text read and written as a string.
   */
  public enum MediaKind { JSON, BINARY, MULTIPART, FORM, TEXT }

  /**
   * How a field of a form body is sent, when not as OpenAPI's default (style form, exploded: a list repeats its
   * key, an object's fields are keys of their own).
   */
  public enum FormStyle {
    /** {@code key[field]=v}, {@code key[0]=v}, nested as deep as the value. */
    DEEP_OBJECT,
    /** One key, the values joined by commas ({@code key=a,b}). */
    JOINED
  }
}
