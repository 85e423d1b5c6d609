package dev.brickapi.codegen.naming;

import java.util.List;
import java.util.Map;

/**
 * The names of one record class: its members per property (by JSON name), the map of unknown fields and
 * its accessors, the fixed methods, and the locals of the methods it writes itself.
 *
 * @param unknownFields the field holding the fields the spec does not define
 * @param getUnknownFields its any-getter; {@code setUnknownField} its any-setter
 */
public record RecordNames(
    Map<String, PropertyNames> properties,
    String unknownFields,
    String getUnknownFields,
    String setUnknownField,
    String copy,
    String parts,
    Locals locals) {

  /** The field of the unknown fields. */
  public static final String UNKNOWN_FIELDS = "additionalProperties";

  /**
   * Field names no property gets, because the unknown fields' field or accessors derive from them
   * ({@code getAdditionalProperties}, {@code setAdditionalProperty}); so a property's own getter and setter
   * are always {@link PropertyNames#getterOf} and {@link PropertyNames#setterOf} its field.
   */
  public static final List<String> RESERVED_FIELDS = List.of(UNKNOWN_FIELDS, "additionalProperty");

  public RecordNames {
    properties = Map.copyOf(properties);
  }

  public PropertyNames property(String jsonName) {
    PropertyNames p = properties.get(jsonName);
    if (p == null) {
      throw new IllegalArgumentException("no property " + jsonName);
    }
    return p;
  }

  /**
   * Locals and parameters of the methods a record writes itself, none equal to a field (the methods read
   * the fields by their simple names).
   *
   * @param other the parameter of {@code equals}; {@code that} the cast of it
   * @param out the builder of {@code toString}; {@code sep} its separator
   * @param copy the new object in {@code copy()}; {@code parts} the map in {@code parts()}
   */
  public record Locals(String other, String that, String out, String sep, String copy, String parts) {}

  /**
   * The members of one property. Derived accessors that would clash with another member get a number.
   *
   * @param getOrDefault the getter falling back to the documented default (used only when there is one)
   * @param has whether a nullable property is present; {@code clear} leaves it out (nullable only)
   */
  public record PropertyNames(String field, String getter, String setter, String getOrDefault, String has,
      String clear) {

    /** The getter of a field; unique because fields are unique and none ends up as a fixed member. */
    public static String getterOf(String field) {
      return "get" + JavaIdentifiers.capitalize(field);
    }

    /** The fluent setter of a field. */
    public static String setterOf(String field) {
      return "set" + JavaIdentifiers.capitalize(field);
    }
  }
}
