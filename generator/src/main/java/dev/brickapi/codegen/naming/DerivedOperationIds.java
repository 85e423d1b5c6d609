package dev.brickapi.codegen.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of an operation that has no {@code operationId}, from its method and path: a verb ({@code GET} of a
 * path ending in a variable {@code get}, other {@code GET}s {@code list}, {@code POST} {@code create}, {@code PUT}
 * and {@code PATCH} {@code update}, {@code DELETE} {@code delete}, any other method its own name) and the words of
 * the path's literal segments, without {@code api} and version segments ({@code v2}, {@code 2.0}):
 * {@code GET /v2/employees/{id}} is {@code getEmployees}, {@code GET /} is {@code listRoot}.
 *
 * <p>A name that is taken (a declared operationId's Java name, or one derived before it in document order) is
 * made longer, the first free of: the version segments kept ({@code listV1Employees}, {@code listV20Clusters} for
 * {@code /api/2.0/clusters}), the path variables added ({@code getV1EmployeesById}), a number
 * ({@code getV1EmployeesById2}). So a declared id always keeps its name, and
 * the same document always gives the same names.
 */
public final class DerivedOperationIds {

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]*)}");

  private DerivedOperationIds() {}

  /** The first of the candidate names for {@code method path} that is not in {@code taken}. */
  public static String derive(String method, String path, Set<String> taken) {
    List<String> candidates = candidates(method, path);
    for (String c : candidates) {
      if (!taken.contains(c)) {
        return c;
      }
    }
    String longest = candidates.get(candidates.size() - 1);
    for (int i = 2; ; i++) {
      if (!taken.contains(longest + i)) {
        return longest + i;
      }
    }
  }

  /** The candidates in order of preference, each a valid Java method name, without repeats. */
  static List<String> candidates(String method, String path) {
    boolean item = path.endsWith("}");
    String verb = switch (method.toUpperCase(Locale.ROOT)) {
      case "GET" -> item ? "get" : "list";
      case "POST" -> "create";
      case "PUT", "PATCH" -> "update";
      case "DELETE" -> "delete";
      default -> method.toLowerCase(Locale.ROOT);
    };
    StringBuilder resource = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    List<String> variables = new ArrayList<>();
    for (String segment : path.split("/")) {
      Matcher m = VARIABLE.matcher(segment);
      while (m.find()) {
        variables.add(words(m.group(1)));
      }
      String text = m.replaceAll(" ");
      if (JavaIdentifiers.words(text).isEmpty()) {
        continue;
      }
      String words = words(text);
      if (text.trim().matches("\\d+(\\.\\d+)*")) {
        literal.append('V').append(words); // 2.0 → V20
      } else if (text.trim().matches("(?i)v\\d+(\\.\\d+)*")) {
        literal.append(words);
      } else if (!text.trim().equalsIgnoreCase("api")) {
        literal.append(words);
        resource.append(words);
      }
    }
    String base = verb + (resource.length() == 0 ? "Root" : resource);
    String versioned = verb + (literal.length() == 0 ? "Root" : literal);
    List<String> out = new ArrayList<>();
    add(out, base);
    add(out, versioned);
    if (!variables.isEmpty()) {
      add(out, versioned + "By" + String.join("And", variables));
    }
    return out;
  }

  /** The words of {@code text} in PascalCase, to follow a verb (so a leading digit needs no underscore). */
  private static String words(String text) {
    String pascal = JavaIdentifiers.pascal(text);
    return pascal.startsWith("_") ? pascal.substring(1) : pascal;
  }

  private static void add(List<String> out, String name) {
    String safe = ReservedNames.methodName(name);
    if (!out.contains(safe)) {
      out.add(safe);
    }
  }
}
