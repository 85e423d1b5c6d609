package dev.brickapi.codegen.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns JSON and OpenAPI names into Java identifiers: camelCase, PascalCase, CONSTANT_CASE, packages. */
public final class JavaIdentifiers {

  private static final Set<String> RESERVED = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
      "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
      "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
      "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
      "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
      "volatile", "while", "true", "false", "null", "var", "record", "yield", "sealed", "permits",
      "non-sealed", "_");

  private JavaIdentifiers() {}

  public static boolean isReserved(String word) {
    return RESERVED.contains(word);
  }

  /**
   * Splits a name into words at non-alphanumerics and case changes:
   * {@code page_token}, {@code pageToken}, {@code Page-Token} and {@code PAGE_TOKEN} all give
   * {@code [page, token]}; {@code HTTPStatus} gives {@code [http, status]}.
   */
  public static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int n = name.length();
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(word, words);
        continue;
      }
      if (word.length() > 0) {
        char prev = name.charAt(i - 1);
        boolean lowerToUpper = Character.isUpperCase(c) && (Character.isLowerCase(prev) || Character.isDigit(prev));
        boolean acronymEnd = Character.isUpperCase(c) && Character.isUpperCase(prev)
            && i + 1 < n && Character.isLowerCase(name.charAt(i + 1));
        if (lowerToUpper || acronymEnd) {
          flush(word, words);
        }
      }
      word.append(c);
    }
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
      word.setLength(0);
    }
  }

  /** {@code cluster_id} → {@code clusterId}; reserved words get a trailing underscore. */
  public static String camel(String name) {
    List<String> words = words(name);
    if (words.isEmpty()) {
      return "value";
    }
    StringBuilder out = new StringBuilder(words.get(0));
    for (int i = 1; i < words.size(); i++) {
      out.append(capitalize(words.get(i)));
    }
    return safe(out.toString());
  }

  /** {@code cluster_spec} → {@code ClusterSpec}. */
  public static String pascal(String name) {
    List<String> words = words(name);
    if (words.isEmpty()) {
      return "Value";
    }
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      out.append(capitalize(w));
    }
    String s = out.toString();
    return Character.isJavaIdentifierStart(s.charAt(0)) ? s : "_" + s;
  }

  /** {@code Pascal} but keeps a name that is already a valid PascalCase identifier as it is. */
  public static String typeName(String name) {
    if (!name.isEmpty() && Character.isUpperCase(name.charAt(0)) && name.chars().allMatch(Character::isLetterOrDigit)) {
      return name;
    }
    return pascal(name);
  }

  /** {@code in-progress} → {@code IN_PROGRESS}; {@code 1} → {@code VALUE_1}. */
  public static String constant(String value) {
    List<String> words = words(value);
    if (words.isEmpty()) {
      return "EMPTY";
    }
    String s = String.join("_", words).toUpperCase(Locale.ROOT);
    if (!Character.isJavaIdentifierStart(s.charAt(0))) {
      s = "VALUE_" + s;
    }
    return s;
  }

  /** A package segment: lowercase letters and digits, never starting with a digit. */
  public static String packageSegment(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    if (s.isEmpty()) {
      return "api";
    }
    if (!Character.isJavaIdentifierStart(s.charAt(0)) || isReserved(s)) {
      s = "_" + s;
    }
    return s;
  }

  public static boolean isValidPackage(String pkg) {
    if (pkg.isEmpty()) {
      return true;
    }
    for (String part : pkg.split("\\.", -1)) {
      if (part.isEmpty() || !Character.isJavaIdentifierStart(part.charAt(0)) || isReserved(part)
          || !part.chars().allMatch(Character::isJavaIdentifierPart)) {
        return false;
      }
    }
    return true;
  }

  static String safe(String s) {
    if (!Character.isJavaIdentifierStart(s.charAt(0))) {
      s = "_" + s;
    }
    return isReserved(s) ? s + "_" : s;
  }

  public static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
