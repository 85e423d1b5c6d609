package dev.brickapi.codegen.ext;

import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code x-brickapi-required-order: [scope, key]} on an operation: the order of the required values in the
 * operation's short overload ({@code getSecret(scope, key)}), where the spec's own order is not the one the API
 * documents. It names every required input once, by its name in the spec: a path, query or header parameter,
 * or a field of the JSON request body. {@code link.RequestShapes} checks the names against the operation.
 */
public final class RequiredOrderExtension implements ExtensionDefinition<List<String>> {

  RequiredOrderExtension() {}

  @Override
  public String key() {
    return "x-brickapi-required-order";
  }

  @Override
  public Set<Site> sites() {
    return Set.of(Site.OPERATION);
  }

  @Override
  public Optional<List<String>> parse(Object raw, SourceRef at, Problems problems) {
    Optional<List<String>> names = RawReader.strings(raw);
    if (names.isEmpty() || names.get().isEmpty() || names.get().stream().anyMatch(String::isBlank)) {
      problems.error(at, key() + " is " + RawReader.describe(raw) + ", not a list of input names",
          "list the operation's required inputs in the API's order, e.g. x-brickapi-required-order: [scope, key]");
      return Optional.empty();
    }
    Set<String> seen = new HashSet<>();
    for (String n : names.get()) {
      if (!seen.add(n)) {
        problems.error(at, key() + " names '" + n + "' twice", "name each required input once");
        return Optional.empty();
      }
    }
    return names;
  }
}
