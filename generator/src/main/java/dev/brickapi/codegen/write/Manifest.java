package dev.brickapi.codegen.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The list of the files a run wrote, kept so the next run removes only files brickapi wrote. It names
 * the folder of each area (relative to the manifest's own folder, so a moved checkout keeps its meaning
 * and two runs into different folders write the same bytes) and every file relative to its folder:
 *
 * <pre>
 * brickapi-manifest/2
 * folder sources ../generated-sources/brickapi
 * folder docs docs
 * sources com/example/PetsApi.java
 * docs index.md
 * </pre>
 *
 * A manifest of the first format (one path per line, relative to the manifest's folder) is still read.
 */
public final class Manifest {

  public static final String FILE_NAME = ".brickapi-files";

  private static final String HEADER = "brickapi-manifest/2";

  /** The folders a run writes into. */
  enum Area {
    SOURCES, DOCS, LEGACY;

    String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The absolute paths of the files a manifest lists, each only when it lies inside its folder. */
  private final List<Path> files;

  private Manifest(List<Path> files) {
    this.files = files;
  }

  /** The manifest at {@code path}; empty when there is none. */
  static Manifest read(Path path) throws IOException {
    List<Path> files = new ArrayList<>();
    if (!Files.isRegularFile(path)) {
      return new Manifest(files);
    }
    List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    Map<Area, Path> folders = new EnumMap<>(Area.class);
    folders.put(Area.LEGACY, path.toAbsolutePath().normalize().getParent());
    boolean legacy = lines.isEmpty() || !lines.get(0).equals(HEADER);
    for (String line : legacy ? lines : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      if (legacy) {
        add(files, folders.get(Area.LEGACY), line.strip());
        continue;
      }
      String[] parts = line.split(" ", 3);
      if (parts[0].equals("folder") && parts.length == 3) {
        Path base = folders.get(Area.LEGACY);
        areaOf(parts[1]).ifPresent(a -> folders.put(a, base.resolve(parts[2]).normalize()));
      } else if (parts.length >= 2) {
        String rel = line.substring(parts[0].length() + 1);
        areaOf(parts[0]).map(folders::get).ifPresent(folder -> add(files, folder, rel));
      }
    }
    return new Manifest(files);
  }

  private static java.util.Optional<Area> areaOf(String key) {
    for (Area a : Area.values()) {
      if (a.key().equals(key)) {
        return java.util.Optional.of(a);
      }
    }
    return java.util.Optional.empty();
  }

  private static void add(List<Path> files, Path folder, String rel) {
    if (rel.contains("..")) {
      return;
    }
    Path file = folder.resolve(rel).normalize();
    if (file.startsWith(folder) && !file.equals(folder)) {
      files.add(file);
    }
  }

  /** The absolute paths of the files listed. */
  List<Path> files() {
    return List.copyOf(files);
  }

  /**
   * Whether the manifest at {@code path} exists and every file it lists is still there: what a build
   * tool checks before it trusts that a previous run's output is intact.
   */
  public static boolean complete(Path path) {
    try {
      if (!Files.isRegularFile(path)) {
        return false;
      }
      for (Path f : read(path).files) {
        if (!Files.isRegularFile(f)) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The text of the manifest of {@code files} written with {@code layout}. */
  static String text(OutputLayout layout, Iterable<GeneratedFile> files) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    Path base = layout.manifest().getParent();
    out.append("folder ").append(Area.SOURCES.key()).append(' ').append(relative(base, layout.sources())).append('\n');
    out.append("folder ").append(Area.DOCS.key()).append(' ').append(relative(base, layout.docs())).append('\n');
    for (GeneratedFile f : files) {
      Area area = layout.areaOf(f);
      String rel = layout.folder(area).relativize(layout.target(f)).toString().replace('\\', '/');
      out.append(area.key()).append(' ').append(rel).append('\n');
    }
    return out.toString();
  }

  private static String relative(Path base, Path folder) {
    try {
      String rel = base.relativize(folder).toString().replace('\\', '/');
      return rel.isEmpty() ? "." : rel;
    } catch (IllegalArgumentException e) {
      return folder.toString(); // another root (drive): only an absolute path names it
    }
  }
}
