package dev.brickapi.codegen.ext;

import dev.brickapi.codegen.model.Body;
import dev.brickapi.codegen.model.Property;
import dev.brickapi.codegen.model.RecordType;
import dev.brickapi.codegen.model.TypeDef;
import dev.brickapi.codegen.model.TypeId;
import dev.brickapi.codegen.model.TypeRef;
import java.util.Map;
import java.util.Optional;

/** Finds the records and properties the extensions name in the linked types. */
final class TypeLookup {

  private final Map<TypeId, TypeDef> types;

  TypeLookup(Map<TypeId, TypeDef> types) {
    this.types = types;
  }

  Optional<RecordType> record(Body body) {
    return body == null ? Optional.empty() : record(body.type());
  }

  Optional<RecordType> record(TypeRef type) {
    if (type instanceof TypeRef.Named named && types.get(named.id()) instanceof RecordType r) {
      return Optional.of(r);
    }
    return Optional.empty();
  }

  static Optional<Property> property(RecordType r, String json) {
    return r.properties().stream().filter(p -> p.jsonName().equals(json)).findFirst();
  }

  /** The property {@code json} of the record {@code body} holds, if both exist. */
  Optional<Property> property(Body body, String json) {
    return record(body).flatMap(r -> property(r, json));
  }
}
