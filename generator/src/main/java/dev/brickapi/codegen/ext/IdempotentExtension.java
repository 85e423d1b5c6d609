package dev.brickapi.codegen.ext;

import dev.brickapi.codegen.model.RuntimeMark;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import java.util.Optional;
import java.util.Set;

/**
 * {@code x-brickapi-idempotent: true} on an operation: sending it twice has the effect of sending it
 * once, so the runtime may retry it after a connection reset even when it is a POST. It becomes
 * {@code @dev.brickapi.runtime.http.Idempotent} on the Feign method.
 */
public final class IdempotentExtension implements ExtensionDefinition<Boolean> {

  /** The runtime annotation that carries the fact to the retry logic. */
  public static final String ANNOTATION = "dev.brickapi.runtime.http.Idempotent";

  IdempotentExtension() {}

  @Override
  public String key() {
    return "x-brickapi-idempotent";
  }

  @Override
  public Set<Site> sites() {
    return Set.of(Site.OPERATION);
  }

  @Override
  public Optional<Boolean> parse(Object raw, SourceRef at, Problems problems) {
    return RawReader.bool(key(), raw, at, problems, "write true, or leave it out");
  }

  @Override
  public Optional<RuntimeMark> runtimeMark(Boolean value) {
    return value ? Optional.of(RuntimeMark.of(ANNOTATION)) : Optional.empty();
  }
}
