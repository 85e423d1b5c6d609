package dev.brickapi.codegen.ext;

import dev.brickapi.codegen.model.RuntimeMark;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One vendor extension: its key, where it may appear, and how its raw value becomes a typed one.
 *
 * <p>Raw values are plain Java values as swagger-parser gives them in {@code getExtensions()}:
 * {@code Map<String, ?>}, {@code List<?>}, {@code String}, {@code Boolean}, {@code Number} or null. A
 * reader of another tree (the lint reads Jackson nodes) converts to these first.
 *
 * @param <T> the typed value
 */
public interface ExtensionDefinition<T> {

  /** The key, {@code x-brickapi-...}. */
  String key();

  /** Where it may appear. */
  Set<Site> sites();

  /**
   * The typed value of {@code raw}, found at {@code at}; empty, with the reasons added to {@code
   * problems}, when it is malformed.
   */
  Optional<T> parse(Object raw, SourceRef at, Problems problems);

  /**
   * The runtime annotation the value puts on the generated Feign method, for operation-level
   * extensions whose behaviour the runtime implements. The emitter writes every mark it is given, so a
   * new behaviour of this kind needs no emitter change.
   */
  default Optional<RuntimeMark> runtimeMark(T value) {
    return Optional.empty();
  }

  /**
   * The value in {@code extensions}, read leniently (malformed reads as absent): for readers of specs
   * that were already checked, like the mock workspace.
   */
  default Optional<T> read(Map<String, ?> extensions) {
    Object raw = extensions == null ? null : extensions.get(key());
    return raw == null ? Optional.empty() : parse(raw, new SourceRef("", "", 0), new Problems());
  }
}
