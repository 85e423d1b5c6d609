package dev.brickapi.codegen.naming;

import dev.brickapi.codegen.model.Operation;
import dev.brickapi.codegen.model.Service;
import dev.brickapi.codegen.model.TypeId;
import java.util.Map;

/**
 * Every Java name the emitters write, decided before anything is emitted ({@link NamePlanner}): one
 * immutable table per record, enum, union and operation. Emitters look names up here and never build an
 * identifier themselves.
 */
public record JavaNames(
    Map<TypeId, RecordNames> records,
    Map<TypeId, EnumNames> enums,
    Map<TypeId, UnionNames> unions,
    Map<String, OperationNames> operations) {

  public JavaNames {
    records = Map.copyOf(records);
    enums = Map.copyOf(enums);
    unions = Map.copyOf(unions);
    operations = Map.copyOf(operations);
  }

  public RecordNames record(TypeId id) {
    return get(records, id);
  }

  public EnumNames enumOf(TypeId id) {
    return get(enums, id);
  }

  public UnionNames union(TypeId id) {
    return get(unions, id);
  }

  public OperationNames operation(Service service, Operation op) {
    return get(operations, key(service, op));
  }

  static String key(Service service, Operation op) {
    return service.name().qualified() + "#" + op.operationId();
  }

  private static <K, V> V get(Map<K, V> map, K key) {
    V v = map.get(key);
    if (v == null) {
      throw new IllegalArgumentException("no names planned for " + key);
    }
    return v;
  }
}
