package dev.brickapi.codegen.model;

import java.util.List;

/**
 * A {@code oneOf} or {@code anyOf}. With a discriminator, every variant is a record and the union is a
 * Java interface they implement; without, the union is a wrapper that holds one of the variants.
 *
 * @param discriminator the JSON name of the discriminating property, or null
 */
public record UnionType(
    TypeId id,
    JavaName name,
    String description,
    boolean deprecated,
    String discriminator,
    List<Variant> variants,
    Location location) implements TypeDef {

  public UnionType {
    variants = List.copyOf(variants);
  }

  /**
   * @param javaName name of the variant in accessors ({@code isCat}, {@code getCat})
   * @param tag the discriminator value that selects the variant, or null without a discriminator
   * @param requiredProperties JSON names a value must have to be read as this variant (no discriminator)
   */
  public record Variant(TypeRef type, String javaName, String tag, List<String> requiredProperties) {
    public Variant {
      requiredProperties = List.copyOf(requiredProperties);
    }
  }
}
