package dev.brickapi.codegen.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Everything the emitters need, linked and named; knows nothing of OpenAPI or JavaPoet. */
public record ApiModel(
    String basePackage,
    List<DocumentInfo> documents,
    List<Service> services,
    Map<TypeId, TypeDef> types) {

  public ApiModel {
    documents = List.copyOf(documents);
    services = List.copyOf(services);
    types = java.util.Collections.unmodifiableMap(new TreeMap<>(types));
  }

  public TypeDef type(TypeId id) {
    TypeDef def = types.get(id);
    if (def == null) {
      throw new IllegalArgumentException("no type " + id);
    }
    return def;
  }

  public int operationCount() {
    return services.stream().mapToInt(s -> s.operations().size()).sum();
  }
}
