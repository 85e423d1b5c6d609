package dev.brickapi.codegen.naming;

import java.util.List;
import java.util.Map;

/**
 * The names of one operation: its Feign method and parameters, the methods derived from it (paging,
 * waiting), and the locals of their bodies, none equal to a parameter.
 *
 * @param parameters Java parameter names by {@code in:name} ({@code QUERY:page_token})
 * @param body the request body parameter
 * @param paged the method that pages ({@code listAll}), null when the operation does not page
 * @param waitFor the waiting method and {@code waitForAsync} its async twin, null when it does not wait
 */
public record OperationNames(
    String method,
    Map<String, String> parameters,
    String body,
    String paged,
    PagingLocals paging,
    String waitFor,
    String waitForAsync,
    WaitLocals waiting) {

  /** Parameter names no spec parameter gets: the body, the wait options, the paged request. */
  public static final List<String> RESERVED_PARAMETERS = List.of("body", "options", "request");

  public OperationNames {
    parameters = Map.copyOf(parameters);
  }

  /** The key of a parameter in {@link #parameters()}. */
  public static String key(String in, String name) {
    return in + ":" + name;
  }

  public String parameter(String in, String name) {
    String p = parameters.get(key(in, name));
    if (p == null) {
      throw new IllegalArgumentException("no parameter " + key(in, name) + " in " + method);
    }
    return p;
  }

  /**
   * Locals of the paging method: the lambda's {@code cursor}, the response {@code page}, its {@code items},
   * their count {@code n}, the position {@code at} of counting styles and the {@code request} sent.
   */
  public record PagingLocals(String cursor, String page, String items, String n, String at, String request) {}

  /**
   * Parameters and locals of the waiting methods: the {@code options} parameter, the first call's
   * {@code response}, the {@code state} and {@code message} readers, the lambda parameter {@code value}
   * and the locals of the path steps ({@code v0}, {@code v1}, ... as long as the longest path).
   */
  public record WaitLocals(String options, String response, String state, String message, String value,
      List<String> steps) {

    public WaitLocals {
      steps = List.copyOf(steps);
    }
  }
}
