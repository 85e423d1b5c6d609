package dev.brickapi.codegen.model;

import java.util.List;
import java.util.Set;

/**
 * An object schema (including the flattened result of {@code allOf}).
 *
 * @param additionalValues the type of the fields the record does not declare ({@code additionalProperties} with a
 *     schema), or null when they are any JSON
 */
public record RecordType(
    TypeId id,
    JavaName name,
    String description,
    boolean deprecated,
    List<Property> properties,
    List<TypeId> unions,
    Set<String> inputs,
    TypeRef additionalValues,
    Location location) implements TypeDef {

  public RecordType {
    properties = List.copyOf(properties);
    unions = List.copyOf(unions);
    inputs = Set.copyOf(inputs);
  }

  /** A record whose other fields are any JSON. */
  public RecordType(TypeId id, JavaName name, String description, boolean deprecated, List<Property> properties,
      List<TypeId> unions, Set<String> inputs, Location location) {
    this(id, name, description, deprecated, properties, unions, inputs, null, location);
  }

  /** An object schema: every property is a JSON field. */
  public RecordType(TypeId id, JavaName name, String description, boolean deprecated, List<Property> properties,
      List<TypeId> unions, Location location) {
    this(id, name, description, deprecated, properties, unions, Set.of(), location);
  }

  public RecordType withUnions(List<TypeId> newUnions) {
    return new RecordType(id, name, description, deprecated, properties, newUnions, inputs, additionalValues, location);
  }

  /** Whether the property is a path, query or header parameter of a request object, not a JSON field. */
  public boolean isInput(Property p) {
    return inputs.contains(p.jsonName());
  }

  /** Whether this is a request object that holds parameters only: no JSON, no unknown fields. */
  public boolean parametersOnly() {
    return !inputs.isEmpty() && properties.stream().allMatch(this::isInput);
  }
}
