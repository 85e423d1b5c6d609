package dev.brickapi.codegen.ext;

import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code x-brickapi-client-parameters: [account_id]} at the top level: path parameters the client fills
 * itself; they are left out of the Java methods and stay in the request line.
 */
public final class ClientParametersExtension implements ExtensionDefinition<List<String>> {

  ClientParametersExtension() {}

  @Override
  public String key() {
    return "x-brickapi-client-parameters";
  }

  @Override
  public Set<Site> sites() {
    return Set.of(Site.DOCUMENT);
  }

  @Override
  public Optional<List<String>> parse(Object raw, SourceRef at, Problems problems) {
    Optional<List<String>> names = RawReader.strings(raw);
    if (names.isEmpty()) {
      problems.error(at, key() + " must be a list of path parameter names", "e.g. " + key() + ": [account_id]");
    }
    return names;
  }
}
