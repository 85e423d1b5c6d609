package dev.brickapi.codegen.link;

import dev.brickapi.codegen.model.TypeDef;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.model.UnionType;
import java.util.List;

/** Records, on each variant of a discriminated union, that it implements the union. */
final class UnionLinks {

  private UnionLinks() {}

  static void link(TypeRegistry registry) {
    List<TypeDef> all = List.copyOf(registry.types().values());
    for (TypeDef def : all) {
      if (def instanceof UnionType u && u.discriminator() != null) {
        for (UnionType.Variant v : u.variants()) {
          if (v.type() instanceof TypeRef.Named named) {
            registry.markVariant(named.id(), u.id());
          }
        }
      }
    }
  }
}
