package dev.brickapi.codegen.naming;

import java.util.List;

/**
 * The names of one union: per variant (in the union's order) its kind and methods, and the nested class
 * (the {@code Unknown} variant of a discriminated union, the {@code Deserializer} of a wrapper), never
 * equal to the union's own name.
 */
public record UnionNames(List<Variant> variants, String nested) {

  /** Variant names no variant gets, because the wrapper's own members derive from them. */
  public static final List<String> RESERVED_VARIANTS = List.of("value", "raw", "class");

  public UnionNames {
    variants = List.copyOf(variants);
  }

  /**
   * @param kind the variant's name, as the wrapper records it
   * @param of its factory; {@code is} its test; {@code get} its getter
   */
  public record Variant(String kind, String of, String is, String get) {}
}
