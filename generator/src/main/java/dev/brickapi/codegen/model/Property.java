package dev.brickapi.codegen.model;

/**
 * One property of a record.
 *
 * @param defaultValue the schema's default as JSON text, or null
 * @param example the schema's example as JSON text, or null
 */
public record Property(
    String jsonName,
    String javaName,
    TypeRef type,
    String description,
    boolean required,
    boolean nullable,
    boolean readOnly,
    boolean writeOnly,
    boolean deprecated,
    boolean sensitive,
    String defaultValue,
    String example) {}
