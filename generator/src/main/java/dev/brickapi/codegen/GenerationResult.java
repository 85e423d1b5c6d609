package dev.brickapi.codegen;

import dev.brickapi.codegen.problem.Problem;
import dev.brickapi.codegen.write.FileSet;
import java.nio.file.Path;
import java.util.List;

/**
 * What a run did: its problems (a run with errors writes nothing), the files it produced, how many of
 * each thing it found, and {@code inputs}: the absolute paths of every spec file it read, sorted (the
 * selected documents and every document reached through a relative {@code $ref}), which is what a
 * build tool has to watch to know when to run again; {@code mediaLeftAside}: how many media types bodies offer that
 * the client does not use (each named in a warning).
 */
public record GenerationResult(
    List<Problem> problems,
    FileSet files,
    int documents,
    int services,
    int operations,
    int types,
    int written,
    int unchanged,
    int deleted,
    long millis,
    List<DocumentCount> byDocument,
    List<Path> inputs,
    int mediaLeftAside) {

  /** How many services and operations one selected document defines. */
  public record DocumentCount(String document, String title, String javaPackage, int services, int operations) {}

  public GenerationResult {
    problems = List.copyOf(problems);
    byDocument = List.copyOf(byDocument);
    inputs = List.copyOf(inputs);
  }

  public boolean ok() {
    return problems.stream().noneMatch(Problem::isError);
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  /** One line: what was found and what was written, with the time taken. */
  public String summary() {
    if (!ok()) {
      return "brickapi: " + errors().size() + " error" + (errors().size() == 1 ? "" : "s") + " in the specs; nothing was written ("
          + millis + " ms)";
    }
    return "brickapi: " + documents + " documents, " + services + " services, " + operations + " operations, "
        + types + " types -> " + files.size() + " files (" + written + " written, " + unchanged + " unchanged, "
        + deleted + " removed) in " + millis + " ms"
        + (mediaLeftAside == 0 ? "" : "; " + mediaLeftAside + " media type" + (mediaLeftAside == 1 ? "" : "s")
            + " left aside (see the warnings)");
  }
}
