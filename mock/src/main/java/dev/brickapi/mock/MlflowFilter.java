package dev.brickapi.mock;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of MLflow's search filter the mock honours: comparisons of an attribute with a quoted value, joined by
 * {@code AND}: {@code name = 'a'}, {@code name != 'a'}, {@code name LIKE 'a%'}, {@code name ILIKE '%A%'}
 * ({@code %} any text, {@code _} one character). An {@code attribute.} prefix is dropped; an attribute the object
 * has not matches nothing.
 */
final class MlflowFilter {

  private static final Pattern CLAUSE = Pattern.compile(
      "\\s*([\\w.`]+)\\s*(=|!=|LIKE|ILIKE)\\s*(['\"])(.*?)\\3\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern AND = Pattern.compile("\\s+AND\\s+", Pattern.CASE_INSENSITIVE);

  private MlflowFilter() {}

  /**
   * Whether an object whose attributes {@code attribute} answers (null for one it has not) passes the filter; a
   * null or blank filter passes everything.
   *
   * @throws IllegalArgumentException naming the clause the mock cannot read
   */
  static boolean matches(String filter, Function<String, String> attribute) {
    if (filter == null || filter.isBlank()) {
      return true;
    }
    for (String clause : AND.split(filter.trim())) {
      Matcher m = CLAUSE.matcher(clause);
      if (!m.matches()) {
        throw new IllegalArgumentException("Invalid filter '" + filter + "': the mock reads comparisons "
            + "attribute = | != | LIKE | ILIKE 'value' joined by AND, not '" + clause + "'.");
      }
      String name = m.group(1).replace("`", "").replaceFirst("^attribute\\.", "");
      String actual = attribute.apply(name);
      if (actual == null || !holds(m.group(2).toUpperCase(java.util.Locale.ROOT), actual, m.group(4))) {
        return false;
      }
    }
    return true;
  }

  private static boolean holds(String op, String actual, String value) {
    switch (op) {
      case "=":
        return actual.equals(value);
      case "!=":
        return !actual.equals(value);
      default:
        StringBuilder regex = new StringBuilder();
        for (char c : value.toCharArray()) {
          regex.append(c == '%' ? ".*" : c == '_' ? "." : Pattern.quote(String.valueOf(c)));
        }
        int flags = "ILIKE".equals(op) ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        return Pattern.compile(regex.toString(), flags | Pattern.DOTALL).matcher(actual).matches();
    }
  }
}
