package dev.brickapi.codegen.ext;

import dev.brickapi.codegen.model.RuntimeMark;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The well-formed vendor extensions of one node, by definition, and the runtime marks they ask for. */
public final class ExtensionValues {

  static final ExtensionValues NONE = new ExtensionValues(Map.of(), List.of());

  private final Map<ExtensionDefinition<?>, Object> values;
  private final List<RuntimeMark> runtimeMarks;

  ExtensionValues(Map<ExtensionDefinition<?>, Object> values, List<RuntimeMark> runtimeMarks) {
    this.values = Map.copyOf(values);
    this.runtimeMarks = List.copyOf(runtimeMarks);
  }

  /** The value of {@code definition}; empty when the node does not carry it or it is malformed. */
  @SuppressWarnings("unchecked")
  public <T> Optional<T> get(ExtensionDefinition<T> definition) {
    return Optional.ofNullable((T) values.get(definition));
  }

  /** The runtime annotations, in the registry's order of definitions. */
  public List<RuntimeMark> runtimeMarks() {
    return runtimeMarks;
  }
}
