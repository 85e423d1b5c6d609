package dev.brickapi.maven;

import dev.brickapi.codegen.load.DocumentPatterns;
import dev.brickapi.codegen.load.SpecFile;
import dev.brickapi.codegen.load.SpecFiles;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Turns the goal's {@code includes}, {@code excludes} and {@code documents} patterns into the document
 * selection the generator takes. Without includes or excludes the {@code documents} patterns go to the
 * generator as they are; otherwise the spec folders are listed (as the generator lists them, with
 * {@link SpecFiles}) and the generator gets the exact names of the documents that pass all three, each
 * pattern read as {@link DocumentPatterns} reads it.
 */
record DocumentSelection(List<String> includes, List<String> excludes, List<String> documents) {

  DocumentSelection {
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    documents = List.copyOf(documents);
  }

  List<String> select(List<Path> roots) throws MojoExecutionException, MojoFailureException {
    if (includes.isEmpty() && excludes.isEmpty()) {
      return documents;
    }
    DocumentPatterns included = DocumentPatterns.of(includes);
    DocumentPatterns excluded = DocumentPatterns.of(excludes);
    DocumentPatterns selected = DocumentPatterns.of(documents);
    TreeSet<String> names = new TreeSet<>();
    for (Path root : roots) {
      for (SpecFile file : list(root)) {
        if (included.selects(file.name()) && !excluded.matchesAny(file.name()) && selected.selects(file.name())) {
          names.add(file.name());
        }
      }
    }
    if (names.isEmpty()) {
      throw new MojoFailureException("brickapi: no spec document in " + roots + " matches includes " + includes
          + ", excludes " + excludes + (documents.isEmpty() ? "" : ", documents " + documents)
          + " (document names are relative to the spec folder, e.g. 2.0/clusters.yaml)");
    }
    return List.copyOf(names);
  }

  private static List<SpecFile> list(Path root) throws MojoExecutionException {
    try {
      return SpecFiles.under(root);
    } catch (NoSuchFileException e) {
      throw new MojoExecutionException("brickapi: the spec folder " + root + " does not exist");
    } catch (IOException e) {
      throw new MojoExecutionException("brickapi: cannot list the spec folder " + root + ": " + e.getMessage(), e);
    }
  }
}
