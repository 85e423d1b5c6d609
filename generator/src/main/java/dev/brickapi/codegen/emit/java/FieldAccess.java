package dev.brickapi.codegen.emit.java;

import dev.brickapi.codegen.model.Operation;
import dev.brickapi.codegen.model.Parameter;
import dev.brickapi.codegen.model.Property;
import dev.brickapi.codegen.model.RecordType;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.naming.RecordNames;
import java.util.ArrayList;
import java.util.List;

/** How the emitted service methods reach the parameters and fields the model names. */
final class FieldAccess {

  /**
   * The name of the request body parameter when no parameter takes it. Only for {@code WaitEmitter} until it
   * looks the name up ({@code OperationNames.body()}); the linker keeps {@code body} free of parameters.
   */
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

  /** The names the naming stage decided for the record {@code type} names. */
  RecordNames names(TypeRef type) {
    return types.names().record(record(type).id());
  }

  static Property property(RecordType r, String json) {
    return r.properties().stream().filter(p -> p.jsonName().equals(json)).findFirst().orElseThrow(
        () -> new IllegalStateException("no property " + json + " in " + r.name()));
  }

  /**
   * The getter of a property. Only for {@code WaitEmitter} until it looks names up
   * ({@code RecordNames.property(json).getter()}); always the same answer, the naming stage checks it.
   */
  static String getter(Property p) {
    return RecordNames.PropertyNames.getterOf(p.javaName());
  }

  /** The setter of a property; as {@link #getter(Property)}, only for {@code WaitEmitter}. */
  static String setter(Property p) {
    return RecordNames.PropertyNames.setterOf(p.javaName());
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
