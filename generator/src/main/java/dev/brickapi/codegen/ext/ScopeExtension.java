package dev.brickapi.codegen.ext;

import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code x-brickapi-scope} at the top level: which host the document's services live on. {@code
 * account} and {@code workspace} are both accepted; without the extension a document is {@code
 * workspace}.
 */
public final class ScopeExtension implements ExtensionDefinition<ScopeExtension.Scope> {

  /** The host a document's services are reached on. */
  public enum Scope {
    WORKSPACE, ACCOUNT;

    /** The scope of a document whose extensions are {@code value} (absent or malformed: workspace). */
    public static Scope orDefault(Optional<Scope> value) {
      return value.orElse(WORKSPACE);
    }
  }

  ScopeExtension() {}

  @Override
  public String key() {
    return "x-brickapi-scope";
  }

  @Override
  public Set<Site> sites() {
    return Set.of(Site.DOCUMENT);
  }

  @Override
  public Optional<Scope> parse(Object raw, SourceRef at, Problems problems) {
    if (raw instanceof String s) {
      for (Scope scope : Scope.values()) {
        if (scope.name().toLowerCase(Locale.ROOT).equals(s)) {
          return Optional.of(scope);
        }
      }
    }
    problems.error(at, "unknown scope " + (raw instanceof String ? "'" + raw + "'" : RawReader.describe(raw)),
        "use 'account' or 'workspace'");
    return Optional.empty();
  }
}
