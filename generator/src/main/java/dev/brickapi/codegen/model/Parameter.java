package dev.brickapi.codegen.model;

import java.util.List;

/**
 * A path, query or header parameter.
 *
 * @param name the name on the wire: for a member of an object query parameter, its whole query key
 *     ({@code filter_by.cluster_states}, {@code filter_by[cluster_states]}, {@code cluster_states})
 * @param member for one value of an object query parameter, which object it belongs to and where in it the
 *     value is; null for any other parameter
 */
public record Parameter(
    String name,
    In in,
    String javaName,
    TypeRef type,
    boolean required,
    boolean deprecated,
    String description,
    Member member) {

  public enum In { PATH, QUERY, HEADER }

  /**
   * One scalar (or list of scalars) of an object query parameter, sent as a query key of its own. Callers set the
   * object; the wire takes each of its values.
   *
   * @param object the object parameter's name in the spec ({@code filter_by})
   * @param objectJavaName the object parameter's Java name ({@code filterBy})
   * @param objectType the object's type (a record)
   * @param objectRequired whether the spec requires the object parameter
   * @param objectDescription the object parameter's description
   * @param path the JSON names from the object down to the value ({@code [cluster_states]}, or
   *     {@code [query_start_time_range, end_time_ms]} for a nested object)
   * @param commaSeparated a list value is sent as one key with the items joined by commas (then {@link #type()} of
   *     the parameter is a string); otherwise as one key per item
   * @param valueType the type of the value in the object ({@link #type()} differs from it for a comma-separated list)
   */
  public record Member(
      String object,
      String objectJavaName,
      TypeRef objectType,
      boolean objectRequired,
      String objectDescription,
      List<String> path,
      boolean commaSeparated,
      TypeRef valueType) {

    public Member {
      path = List.copyOf(path);
    }
  }
}
