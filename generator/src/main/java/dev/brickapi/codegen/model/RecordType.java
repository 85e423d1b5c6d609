package dev.brickapi.codegen.model;

import java.util.List;

/** An object schema (including the flattened result of {@code allOf}). */
public record RecordType(
    TypeId id,
    JavaName name,
    String description,
    boolean deprecated,
    List<Property> properties,
    List<TypeId> unions,
    Location location) implements TypeDef {

  public RecordType {
    properties = List.copyOf(properties);
    unions = List.copyOf(unions);
  }

  public RecordType withUnions(List<TypeId> newUnions) {
    return new RecordType(id, name, description, deprecated, properties, newUnions, location);
  }
}
