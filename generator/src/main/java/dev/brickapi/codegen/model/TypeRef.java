package dev.brickapi.codegen.model;

/** A use of a type: a primitive, a collection of other types, or a reference to a defined type. */
public sealed interface TypeRef {

  /**
   * {@code BINARY} is {@code format: binary} inside a JSON or multipart body (bytes); {@code STREAM} is a whole
   * {@code application/octet-stream} body, sent and read as a stream.
   */
  enum PrimitiveKind { STRING, INT32, INT64, FLOAT, DOUBLE, DECIMAL, BOOLEAN, DATE_TIME, DATE, BYTES, BINARY, STREAM }

  record Primitive(PrimitiveKind kind) implements TypeRef {}

  record ListOf(TypeRef items) implements TypeRef {}

  record MapOf(TypeRef values) implements TypeRef {}

  /** A type defined by a schema: a record, an enum or a union. */
  record Named(TypeId id) implements TypeRef {}

  /** Any JSON value ({@code {}} or a schema without a type). */
  record AnyValue() implements TypeRef {}

  /** A JSON object with no declared properties. */
  record FreeObject() implements TypeRef {}

  static TypeRef of(PrimitiveKind kind) {
    return new Primitive(kind);
  }
}
