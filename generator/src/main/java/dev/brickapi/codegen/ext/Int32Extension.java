package dev.brickapi.codegen.ext;

import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import java.util.Optional;
import java.util.Set;

/**
 * {@code x-brickapi-int32: <why>} on an integer schema of {@code format: int32} whose name reads like an id, a time
 * or a size ({@code *_id}, {@code *_at}, {@code *_ms}, {@code *_size}, ...): why 32 bits are enough
 * ({@code "a number of items per page, at most 1000"}). The spec lint refuses such a field without it, because
 * ids and epoch milliseconds of the API pass 2^31. It does not change what is generated.
 */
public final class Int32Extension implements ExtensionDefinition<String> {

  Int32Extension() {}

  @Override
  public String key() {
    return "x-brickapi-int32";
  }

  @Override
  public Set<Site> sites() {
    return Set.of(Site.SCHEMA, Site.PARAMETER);
  }

  @Override
  public Optional<String> parse(Object raw, SourceRef at, Problems problems) {
    if (raw instanceof String s && !s.isBlank()) {
      return Optional.of(s);
    }
    problems.error(at, key() + " is " + RawReader.describe(raw) + ", not a reason",
        "say why 32 bits are enough, e.g. x-brickapi-int32: a number of items per page");
    return Optional.empty();
  }
}
