package dev.brickapi.codegen.emit.java;

import dev.brickapi.codegen.model.Operation;
import dev.brickapi.codegen.model.Parameter;
import dev.brickapi.codegen.model.Property;
import dev.brickapi.codegen.model.RecordType;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.naming.JavaIdentifiers;
import java.util.ArrayList;
import java.util.List;

/** How the emitted service methods reach the parameters and fields the model names. */
final class FieldAccess {

  /** The name of the request body parameter of every Feign method. */
  static final String BODY = "body";

  private final JavaTypes types;

  FieldAccess(JavaTypes types) {
    this.types = types;
  }

  /** The record {@code type} names; the checks of the extensions made sure it is one. */
  RecordType record(TypeRef type) {
    if (type instanceof TypeRef.Named n && types.def(n) instanceof RecordType r) {
      return r;
    }
    throw new IllegalStateException("not a record: " + type);
  }

  static Property property(RecordType r, String json) {
    return r.properties().stream().filter(p -> p.jsonName().equals(json)).findFirst().orElseThrow(
        () -> new IllegalStateException("no property " + json + " in " + r.name()));
  }

  static String getter(Property p) {
    return "get" + JavaIdentifiers.capitalize(p.javaName());
  }

  static String setter(Property p) {
    return "set" + JavaIdentifiers.capitalize(p.javaName());
  }

  /** Parameters in signature order: path, query, header, then the body. */
  static List<Parameter> ordered(Operation op) {
    List<Parameter> out = new ArrayList<>();
    for (Parameter.In in : Parameter.In.values()) {
      op.parameters().stream().filter(p -> p.in() == in).forEach(out::add);
    }
    return out;
  }
}
