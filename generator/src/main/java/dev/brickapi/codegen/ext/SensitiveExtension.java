package dev.brickapi.codegen.ext;

import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import java.util.Optional;
import java.util.Set;

/**
 * {@code x-brickapi-sensitive: true} on a property (or on the schema a property references): the value
 * is a secret, redacted in {@code toString} and never logged.
 */
public final class SensitiveExtension implements ExtensionDefinition<Boolean> {

  SensitiveExtension() {}

  @Override
  public String key() {
    return "x-brickapi-sensitive";
  }

  @Override
  public Set<Site> sites() {
    return Set.of(Site.SCHEMA);
  }

  @Override
  public Optional<Boolean> parse(Object raw, SourceRef at, Problems problems) {
    return RawReader.bool(key(), raw, at, problems, "write true");
  }
}
