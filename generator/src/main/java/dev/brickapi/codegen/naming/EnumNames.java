package dev.brickapi.codegen.naming;

import java.util.List;
import java.util.Map;

/**
 * The names of one open enum class: its constants (by wire value), the nested Java {@code enum} to switch
 * on, and its own static field.
 */
public record EnumNames(Map<String, String> constants, String known, String byValue) {

  /** Constant names no value gets: the enum class's own static members. */
  public static final List<String> RESERVED_CONSTANTS = List.of("BY_VALUE", "UNKNOWN_VALUES");

  public EnumNames {
    constants = Map.copyOf(constants);
  }

  public String constant(String value) {
    String c = constants.get(value);
    if (c == null) {
      throw new IllegalArgumentException("no constant for " + value);
    }
    return c;
  }
}
