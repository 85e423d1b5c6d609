package dev.brickapi.codegen.ext;

import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads plain raw values (maps, lists, strings, booleans) for the definitions, reporting what is malformed. */
final class RawReader {

  private RawReader() {}

  /** A raw value as a message shows it: strings quoted, the rest as written. */
  static String describe(Object raw) {
    return raw instanceof String s ? "\"" + s + "\"" : String.valueOf(raw);
  }

  /** A boolean extension: {@code true} or {@code false}, nothing else. */
  static Optional<Boolean> bool(String key, Object raw, SourceRef at, Problems problems, String hint) {
    if (raw instanceof Boolean b) {
      return Optional.of(b);
    }
    problems.error(at, key + " is " + describe(raw) + ", not a boolean", hint);
    return Optional.empty();
  }

  /** A list whose entries are all strings, or empty when it is not one. */
  static Optional<List<String>> strings(Object raw) {
    if (!(raw instanceof List<?> list)) {
      return Optional.empty();
    }
    List<String> out = new ArrayList<>();
    for (Object o : list) {
      if (!(o instanceof String s)) {
        return Optional.empty();
      }
      out.add(s);
    }
    return Optional.of(out);
  }

  /**
   * The string under {@code key}: null when absent; null with a problem when it is there but not a
   * string (or blank).
   */
  static String text(Map<?, ?> map, String key, SourceRef at, Problems problems, String hint) {
    Object v = map.get(key);
    if (v == null) {
      return null;
    }
    if (v instanceof String s && !s.isBlank()) {
      return s;
    }
    problems.error(at.child(key), key + " is " + describe(v) + ", not a name", hint);
    return null;
  }
}
