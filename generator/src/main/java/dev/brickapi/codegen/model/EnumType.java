package dev.brickapi.codegen.model;

import java.util.List;

/** A string or integer enum. Values unknown to the spec are still accepted and kept at run time. */
public record EnumType(
    TypeId id,
    JavaName name,
    String description,
    boolean deprecated,
    boolean integer,
    List<Constant> constants,
    Location location) implements TypeDef {

  public EnumType {
    constants = List.copyOf(constants);
  }

  /** A value the spec lists, and the Java constant name decided for it. */
  public record Constant(String value, String javaName) {}
}
