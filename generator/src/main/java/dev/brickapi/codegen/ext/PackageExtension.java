package dev.brickapi.codegen.ext;

import dev.brickapi.codegen.naming.JavaIdentifiers;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code x-brickapi-package: unitycatalog.v21} at the top level: the document's package below the base
 * package, instead of the one its file name gives.
 */
public final class PackageExtension implements ExtensionDefinition<String> {

  private static final Pattern LOWERCASE_SEGMENTS = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z][a-z0-9]*)*");

  PackageExtension() {}

  @Override
  public String key() {
    return "x-brickapi-package";
  }

  @Override
  public Set<Site> sites() {
    return Set.of(Site.DOCUMENT);
  }

  @Override
  public Optional<String> parse(Object raw, SourceRef at, Problems problems) {
    String value = raw instanceof String s ? s.trim() : null;
    if (value == null || !LOWERCASE_SEGMENTS.matcher(value).matches() || !JavaIdentifiers.isValidPackage(value)) {
      problems.error(at, (raw instanceof String ? "'" + raw + "'" : RawReader.describe(raw)) + " is not a valid Java package",
          "use lowercase words separated by dots, none of them a Java keyword");
      return Optional.empty();
    }
    return Optional.of(value);
  }
}
