package dev.brickapi.codegen.model;

import java.util.List;

/** A type that becomes one Java class: a record (object), an enum, or a union (oneOf/anyOf). */
public sealed interface TypeDef permits RecordType, EnumType, UnionType {
  TypeId id();

  JavaName name();

  String description();

  boolean deprecated();

  Location location();

  /** The unions this type is a variant of, so the class can implement their interfaces. */
  default List<TypeId> unions() {
    return List.of();
  }
}
