package dev.brickapi.codegen.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds spec files: the one way the command line, the Maven plugin (its document selection and its
 * fingerprint), the spec lint and the mock workspace list them, so all of them see the same documents
 * under the same names.
 *
 * <p>A spec file is a {@code .yaml}, {@code .yml} or {@code .json} file (any case). A folder is searched
 * recursively, except for build output: any folder named {@code target} below it. A file given directly
 * is taken whatever its folder, and is named by its file name. Nothing is parsed here.
 */
public final class SpecFiles {

  private SpecFiles() {}

  /** Whether the file's name ends in {@code .yaml}, {@code .yml} or {@code .json}. */
  public static boolean isSpecFile(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return false;
    }
    String n = name.toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
  }

  /** Whether a document name (relative, forward slashes) lies in build output: a folder named {@code target}. */
  public static boolean isBuildOutput(String name) {
    return name.startsWith("target/") || name.contains("/target/");
  }

  /**
   * The spec files of one root, sorted by name: every spec file under a folder (build output left out),
   * or the file itself.
   *
   * @throws NoSuchFileException when the root does not exist
   */
  public static List<SpecFile> under(Path root) throws IOException {
    Path abs = root.toAbsolutePath().normalize();
    if (Files.isRegularFile(abs)) {
      return List.of(new SpecFile(abs, abs.getFileName().toString()));
    }
    if (!Files.isDirectory(abs)) {
      throw new NoSuchFileException(abs.toString(), null, "spec file or folder not found");
    }
    List<SpecFile> found = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(abs)) {
      walk.filter(SpecFiles::isSpecFile).filter(Files::isRegularFile).forEach(f -> {
        String name = abs.relativize(f).toString().replace('\\', '/');
        if (!isBuildOutput(name)) {
          found.add(new SpecFile(f, name));
        }
      });
    }
    found.sort(Comparator.comparing(SpecFile::name));
    return found;
  }

  /**
   * The spec files of several roots whose names the patterns select, sorted by name; a file found under
   * two roots is listed once.
   */
  public static List<SpecFile> find(List<Path> roots, DocumentPatterns patterns) throws IOException {
    Map<Path, SpecFile> byPath = new LinkedHashMap<>();
    for (Path root : roots) {
      for (SpecFile f : under(root)) {
        if (patterns.selects(f.name())) {
          byPath.putIfAbsent(f.path(), f);
        }
      }
    }
    List<SpecFile> sorted = new ArrayList<>(byPath.values());
    sorted.sort(Comparator.comparing(SpecFile::name).thenComparing(SpecFile::path));
    return sorted;
  }
}
