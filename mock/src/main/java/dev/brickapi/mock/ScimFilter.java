package dev.brickapi.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SCIM {@code filter} parameter (RFC 7644 3.4.2.2) as far as Databricks clients use it: one comparison
 * {@code attribute op "value"} with {@code eq}, {@code ne}, {@code co}, {@code sw} or {@code ew}, or several
 * joined by {@code and}; attribute names compare without case, string values too (as SCIM's caseExact=false
 * attributes do), {@code emails.value} looks into every e-mail address.
 */
final class ScimFilter {

  private static final Pattern COMPARISON =
      Pattern.compile("\\s*([A-Za-z][\\w.]*)\\s+(eq|ne|co|sw|ew)\\s+(\"(?:[^\"\\\\]|\\\\.)*\"|true|false|\\d+)\\s*",
          Pattern.CASE_INSENSITIVE);

  private ScimFilter() {}

  /**
   * The resources {@code filter} selects; every resource when it is null or blank.
   *
   * @throws IllegalArgumentException when the filter is not one the mock understands, with what it takes
   */
  static Predicate<JsonNode> of(String filter) {
    if (filter == null || filter.isBlank()) {
      return r -> true;
    }
    Predicate<JsonNode> all = r -> true;
    for (String part : filter.split("(?i)\\s+and\\s+")) {
      Matcher m = COMPARISON.matcher(part);
      if (!m.matches()) {
        throw new IllegalArgumentException("unsupported SCIM filter '" + filter + "': use attribute eq|ne|co|sw|ew \"value\","
            + " joined by and");
      }
      String attribute = m.group(1);
      String op = m.group(2).toLowerCase(Locale.ROOT);
      String literal = m.group(3);
      String value = literal.startsWith("\"") ? literal.substring(1, literal.length() - 1).replace("\\\"", "\"") : literal;
      all = all.and(r -> matches(values(r, attribute), op, value));
    }
    return all;
  }

  private static JsonNode values(JsonNode resource, String attribute) {
    JsonNode node = resource;
    for (String step : attribute.split("\\.")) {
      node = field(node, step);
    }
    return node;
  }

  /** A field by name without case; over an array, the field of every element. */
  private static JsonNode field(JsonNode node, String name) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
      node.forEach(e -> {
        JsonNode v = field(e, name);
        if (v != null) {
          out.add(v);
        }
      });
      return out;
    }
    var names = node.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (n.equalsIgnoreCase(name)) {
        return node.get(n);
      }
    }
    return null;
  }

  private static boolean matches(JsonNode actual, String op, String value) {
    if (actual == null || actual.isNull()) {
      return op.equals("ne");
    }
    if (actual.isArray()) {
      for (JsonNode a : actual) {
        if (matches(a, op, value)) {
          return true;
        }
      }
      return op.equals("ne") && actual.isEmpty();
    }
    String a = actual.asText().toLowerCase(Locale.ROOT);
    String v = value.toLowerCase(Locale.ROOT);
    switch (op) {
      case "eq": return a.equals(v);
      case "ne": return !a.equals(v);
      case "co": return a.contains(v);
      case "sw": return a.startsWith(v);
      default: return a.endsWith(v);
    }
  }
}
