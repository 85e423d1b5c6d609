package dev.brickapi.codegen.model;

/** A path, query or header parameter. */
public record Parameter(
    String name,
    In in,
    String javaName,
    TypeRef type,
    boolean required,
    boolean deprecated,
    String description) {

  public enum In { PATH, QUERY, HEADER }
}
