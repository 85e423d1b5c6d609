package dev.brickapi.codegen.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects the problems of one run so they can all be reported together. Not thread-safe. */
public final class Problems {

  private final Set<Problem> problems = new LinkedHashSet<>();
  private LineLookup lines = (file, pointer) -> 0;

  /** Finds the line of a JSON pointer in a document; 0 when unknown. */
  @FunctionalInterface
  public interface LineLookup {
    int lineOf(String file, String pointer);
  }

  /** Problems added from now on without a line get one from {@code lookup}. */
  public void useLines(LineLookup lookup) {
    this.lines = lookup;
  }

  public void error(SourceRef at, String message, String hint) {
    add(new Problem(Problem.Severity.ERROR, at.file(), at.pointer(), at.line(), message, hint));
  }

  public void warning(SourceRef at, String message, String hint) {
    add(new Problem(Problem.Severity.WARNING, at.file(), at.pointer(), at.line(), message, hint));
  }

  public void add(Problem problem) {
    if (problem.line() <= 0 && !problem.file().isEmpty()) {
      int line = lines.lineOf(problem.file(), problem.pointer());
      if (line > 0) {
        problem = new Problem(problem.severity(), problem.file(), problem.pointer(), line,
            problem.message(), problem.hint());
      }
    }
    problems.add(problem);
  }

  public void addAll(Problems other) {
    problems.addAll(other.problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /** Errors first, then by file, line and pointer: a stable order for reports and golden files. */
  public List<Problem> sorted() {
    List<Problem> list = new ArrayList<>(problems);
    list.sort(Comparator.comparing((Problem p) -> p.isError() ? 0 : 1)
        .thenComparing(Problem::file)
        .thenComparingInt(Problem::line)
        .thenComparing(Problem::pointer)
        .thenComparing(Problem::message));
    return List.copyOf(list);
  }

  /** A source position: the document (as the user named it), a JSON pointer and the line when known. */
  public record SourceRef(String file, String pointer, int line) {
    public SourceRef {
      file = file == null ? "" : file;
      pointer = pointer == null ? "" : pointer;
    }

    public SourceRef child(String... segments) {
      StringBuilder p = new StringBuilder(pointer);
      for (String s : segments) {
        p.append('/').append(s.replace("~", "~0").replace("/", "~1"));
      }
      return new SourceRef(file, p.toString(), 0);
    }
  }
}
