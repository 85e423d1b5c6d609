package dev.brickapi.codegen.ext;

import dev.brickapi.codegen.naming.JavaIdentifiers;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The two extensions that name the services' accessors on {@code WorkspaceServices}/{@code
 * AccountServices} (specs/README.md):
 *
 * <ul>
 *   <li>{@link #name()}: {@code x-brickapi-accessor: groupsLegacy} on an entry of a document's {@code
 *       tags:}, the whole accessor, taken as written (no prefix, no version suffix);
 *   <li>{@link #prefix()}: {@code x-brickapi-accessor-prefix: mlflow} at the top level, a lowercase word
 *       put before the accessor of every tag of the document without its own name ({@code Runs} →
 *       {@code mlflowRuns}).
 * </ul>
 *
 * Both are Java identifiers that are not keywords; {@code naming.ServiceAccessors} applies them.
 */
public final class AccessorExtension implements ExtensionDefinition<String> {

  private final String key;
  private final Site site;
  private final Pattern form;
  private final String notA;
  private final String hint;

  private AccessorExtension(String key, Site site, String form, String notA, String hint) {
    this.key = key;
    this.site = site;
    this.form = Pattern.compile(form);
    this.notA = notA;
    this.hint = hint;
  }

  static AccessorExtension name() {
    return new AccessorExtension("x-brickapi-accessor", Site.TAG, "[a-z][A-Za-z0-9]*", "a Java method name",
        "use a lowerCamel identifier that is not a Java keyword, e.g. x-brickapi-accessor: groupsLegacy");
  }

  static AccessorExtension prefix() {
    return new AccessorExtension("x-brickapi-accessor-prefix", Site.DOCUMENT, "[a-z][a-z0-9]*", "an accessor prefix",
        "use one lowercase word of letters and digits, e.g. x-brickapi-accessor-prefix: mlflow");
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public Set<Site> sites() {
    return Set.of(site);
  }

  @Override
  public Optional<String> parse(Object raw, SourceRef at, Problems problems) {
    if (raw instanceof String s && form.matcher(s).matches() && !JavaIdentifiers.isReserved(s)) {
      return Optional.of(s);
    }
    problems.error(at, RawReader.describe(raw) + " is not " + notA, hint);
    return Optional.empty();
  }
}
