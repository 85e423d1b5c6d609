package dev.brickapi.codegen.model;

import java.util.List;

/**
 * A runtime annotation an operation-level vendor extension puts on the generated Feign method, for
 * the runtime to honour ({@code x-brickapi-idempotent: true} → {@code @dev.brickapi.runtime.http.Idempotent}).
 *
 * @param annotation the fully qualified name of the annotation class
 * @param members the annotation's members, in order
 */
public record RuntimeMark(String annotation, List<Member> members) {

  public RuntimeMark {
    members = List.copyOf(members);
  }

  public static RuntimeMark of(String annotation) {
    return new RuntimeMark(annotation, List.of());
  }

  /**
   * One member of the annotation.
   *
   * @param literal the value as a Java constant expression ({@code "text"}, {@code true}, {@code 3})
   */
  public record Member(String name, String literal) {

    public static Member string(String name, String value) {
      StringBuilder q = new StringBuilder("\"");
      for (char c : value.toCharArray()) {
        q.append(c == '"' || c == '\\' ? "\\" + c : String.valueOf(c));
      }
      return new Member(name, q.append('"').toString());
    }

    public static Member bool(String name, boolean value) {
      return new Member(name, String.valueOf(value));
    }
  }
}
