package dev.brickapi.codegen.problem;

import java.util.Objects;

/**
 * One thing wrong with the input: where it is (file, JSON pointer, line when known), what is wrong and
 * how to mend it.
 */
public record Problem(Severity severity, String file, String pointer, int line, String message, String hint) {

  public enum Severity { ERROR, WARNING }

  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    file = file == null ? "" : file;
    pointer = pointer == null ? "" : pointer;
    hint = hint == null ? "" : hint;
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code specs/2.0/clusters.yaml:42 #/paths/~1api~12.0~1clusters~1get: message. Hint} */
  public String format() {
    StringBuilder out = new StringBuilder();
    if (severity == Severity.WARNING) {
      out.append("warning: ");
    }
    out.append(file.isEmpty() ? "<input>" : file);
    if (line > 0) {
      out.append(':').append(line);
    }
    if (!pointer.isEmpty()) {
      out.append(' ').append('#').append(pointer);
    }
    out.append(": ").append(message);
    if (!hint.isEmpty()) {
      out.append(" (").append(hint).append(')');
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return format();
  }
}
