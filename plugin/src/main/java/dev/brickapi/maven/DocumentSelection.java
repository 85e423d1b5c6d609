package dev.brickapi.maven;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Turns the goal's {@code includes}, {@code excludes} and {@code documents} patterns into the document
 * selection the generator takes. Without includes or excludes the {@code documents} patterns go to the
 * generator as they are; otherwise the spec folders are listed here and the generator gets the exact
 * names of the documents that pass all three.
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
    TreeSet<String> names = new TreeSet<>();
    for (Path root : roots) {
      for (String name : documentNames(root)) {
        if ((includes.isEmpty() || matchesAny(includes, name)) && !matchesAny(excludes, name)
            && (documents.isEmpty() || matchesAny(documents, name))) {
          names.add(name);
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

  /** The names the generator gives the documents of a folder: relative paths with forward slashes. */
  static List<String> documentNames(Path root) throws MojoExecutionException {
    if (!Files.isDirectory(root)) {
      throw new MojoExecutionException("brickapi: the spec folder " + root + " does not exist");
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile)
          .filter(DocumentSelection::isSpecFile)
          .map(f -> root.relativize(f).toString().replace('\\', '/'))
          .filter(name -> !name.contains("target/"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new MojoExecutionException("brickapi: cannot list the spec folder " + root + ": " + e.getMessage(), e);
    }
  }

  static boolean isSpecFile(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
  }

  /** Glob match on a document name; a leading {@code **}{@code /} also matches no folder at all. */
  static boolean matchesAny(List<String> patterns, String name) {
    for (String pattern : patterns) {
      String p = pattern.trim().replace('\\', '/');
      if (p.equals(name) || matches(p, name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(String pattern, String name) {
    PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    if (m.matches(Path.of(name))) {
      return true;
    }
    return pattern.startsWith("**/") && matches(pattern.substring(3), name);
  }
}
