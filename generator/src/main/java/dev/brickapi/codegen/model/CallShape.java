package dev.brickapi.codegen.model;

import java.util.List;
import java.util.Map;

/**
 * How a caller passes an operation's inputs: one request object whose properties are the path, query and
 * header parameters and the fields of the JSON body, and a short overload of the required values alone.
 *
 * @param request the request object's record, or null when the operation takes its few required values
 *     positionally and nothing else (then {@link #required()} lists parameter keys and {@link #BODY})
 * @param body how the wire body comes from the request: the request itself (its JSON is the body, the
 *     parameters being ignored by Jackson), one of its properties, or none
 * @param bodyProperty the property holding the body when {@code body} is {@link BodyPassing#PROPERTY}
 * @param parameters the request property of each parameter, by parameter key ({@code QUERY:page_token})
 * @param required the required inputs in the order of the short overload: request property keys, or, without
 *     a request object, parameter keys and {@link #BODY}
 */
public record CallShape(
    TypeRef.Named request,
    BodyPassing body,
    String bodyProperty,
    Map<String, String> parameters,
    List<String> required) {

  /** At most this many values are passed positionally; an operation with more takes its request object only. */
  public static final int MAX_POSITIONAL = 4;

  /** The body in {@link #required()} of an operation without a request object. */
  public static final String BODY = "body";

  /** Where the wire body comes from. */
  public enum BodyPassing { NONE, REQUEST, PROPERTY }

  public CallShape {
    parameters = Map.copyOf(parameters);
    required = List.copyOf(required);
  }

  /** The key of a parameter in {@link #parameters()}. */
  public static String key(Parameter p) {
    return p.in().name() + ":" + p.name();
  }
}
