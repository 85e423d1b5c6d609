package dev.brickapi.codegen.emit.java;

import dev.brickapi.codegen.model.ApiModel;
import dev.brickapi.codegen.model.Body;
import dev.brickapi.codegen.model.Operation;
import dev.brickapi.codegen.model.Property;
import dev.brickapi.codegen.model.RecordType;
import dev.brickapi.codegen.model.TypeDef;
import dev.brickapi.codegen.model.TypeId;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.model.UnionType;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON names of the properties marked {@code x-brickapi-sensitive} that an operation's request or response
 * body can hold, at any depth. They become the operation's {@code @Sensitive} metadata, which the runtime's
 * redaction reads to mask those fields in every logged body and error message.
 */
final class SensitiveFields {

  private final ApiModel model;

  SensitiveFields(ApiModel model) {
    this.model = model;
  }

  /** Sorted, so the output is deterministic; empty when neither body holds a sensitive field. */
  TreeSet<String> of(Operation op) {
    TreeSet<String> names = new TreeSet<>();
    Set<TypeId> seen = new HashSet<>();
    for (Body body : new Body[] {op.request(), op.response()}) {
      if (body != null) {
        collect(body.type(), names, seen);
      }
    }
    return names;
  }

  private void collect(TypeRef type, Set<String> names, Set<TypeId> seen) {
    if (type instanceof TypeRef.ListOf l) {
      collect(l.items(), names, seen);
    } else if (type instanceof TypeRef.MapOf m) {
      collect(m.values(), names, seen);
    } else if (type instanceof TypeRef.Named n && seen.add(n.id())) {
      TypeDef def = model.type(n.id());
      if (def instanceof RecordType r) {
        for (Property p : r.properties()) {
          if (p.sensitive()) {
            names.add(p.jsonName());
          }
          collect(p.type(), names, seen);
        }
      } else if (def instanceof UnionType u) {
        u.variants().forEach(v -> collect(v.type(), names, seen));
      }
    }
  }
}
