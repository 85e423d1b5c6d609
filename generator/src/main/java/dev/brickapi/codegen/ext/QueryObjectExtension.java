package dev.brickapi.codegen.ext;

import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code x-brickapi-query-object} on a query parameter of object type: how its values are sent where OpenAPI's
 * styles do not say it. {@code style: dotted} sends each value under the parameter's name and the value's path
 * joined by dots ({@code filter_by.cluster_states=RUNNING}, nested objects one more dot each), as the Databricks
 * API takes them; without it the parameter's OpenAPI style decides ({@code form} with {@code explode: true}: the
 * properties are the keys; {@code deepObject}: {@code filter_by[cluster_states]}). {@code arrays} says how a list
 * value goes: {@code repeated} (the default, one key per item) or {@code csv} (one key, the items joined by
 * commas).
 */
public final class QueryObjectExtension implements ExtensionDefinition<QueryObjectExtension.QueryObject> {

  /** How the values of an object query parameter are keyed, and how its lists are sent. */
  public record QueryObject(boolean dotted, boolean commaSeparated) {}

  QueryObjectExtension() {}

  @Override
  public String key() {
    return "x-brickapi-query-object";
  }

  @Override
  public Set<Site> sites() {
    return Set.of(Site.PARAMETER);
  }

  @Override
  public Optional<QueryObject> parse(Object raw, SourceRef at, Problems problems) {
    if (!(raw instanceof Map<?, ?> map)) {
      problems.error(at, key() + " is " + RawReader.describe(raw) + ", not a map",
          "write e.g. x-brickapi-query-object: {style: dotted, arrays: repeated}");
      return Optional.empty();
    }
    boolean ok = true;
    for (Object k : map.keySet()) {
      if (!"style".equals(k) && !"arrays".equals(k)) {
        problems.error(at.child(String.valueOf(k)), key() + " has no key '" + k + "'", "use style and arrays");
        ok = false;
      }
    }
    Object style = map.get("style");
    if (style != null && !"dotted".equals(style)) {
      problems.error(at.child("style"), key() + " has unknown style " + RawReader.describe(style),
          "write style: dotted, or leave it out and use the parameter's OpenAPI style (form with explode: true, deepObject)");
      ok = false;
    }
    Object arrays = map.get("arrays");
    if (arrays != null && !"repeated".equals(arrays) && !"csv".equals(arrays)) {
      problems.error(at.child("arrays"), key() + " has unknown arrays " + RawReader.describe(arrays),
          "write arrays: repeated (one key per item) or arrays: csv (the items joined by commas)");
      ok = false;
    }
    return ok ? Optional.of(new QueryObject(style != null, "csv".equals(arrays))) : Optional.empty();
  }
}
