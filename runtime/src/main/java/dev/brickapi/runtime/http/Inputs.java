package dev.brickapi.runtime.http;

/** Checks generated service classes make on a request's inputs before anything is sent. */
public final class Inputs {

  private Inputs() {}

  /**
   * {@code value}, which a path parameter needs: without it the request would reach another URL.
   *
   * @param name the parameter's name in the API
   * @throws IllegalArgumentException when {@code value} is null
   */
  public static <T> T required(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException("the path parameter '" + name + "' is required: set it on the request");
    }
    return value;
  }

  /**
   * A list as one query value, its items joined by commas ({@code RUNNING,PENDING}), for operations that take a
   * list so; null (nothing sent) for a null or empty list.
   */
  public static String commaSeparated(java.util.List<?> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (Object v : values) {
      if (out.length() > 0) {
        out.append(',');
      }
      out.append(v);
    }
    return out.toString();
  }
}
