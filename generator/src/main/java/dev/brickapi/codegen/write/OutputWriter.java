package dev.brickapi.codegen.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a {@link FileSet} into the output folder: a file whose content is unchanged is not touched (so
 * it keeps its timestamp and the compiler does not redo work), a changed file is replaced atomically,
 * and a file the previous run wrote that this run did not produce is removed. The list of written files
 * is kept in {@value #MANIFEST} so files that brickapi did not write are never deleted.
 */
public final class OutputWriter {

  public static final String MANIFEST = ".brickapi-files";

  /** What a write changed. */
  public record Outcome(int written, int unchanged, int deleted) {}

  public Outcome write(Path out, FileSet files) throws IOException {
    Files.createDirectories(out);
    Set<String> previous = readManifest(out);
    int written = 0;
    int unchanged = 0;
    for (GeneratedFile file : files.files()) {
      Path target = out.resolve(file.path());
      byte[] bytes = file.bytes();
      if (Files.isRegularFile(target) && Files.size(target) == bytes.length && Arrays.equals(Files.readAllBytes(target), bytes)) {
        unchanged++;
        continue;
      }
      Files.createDirectories(target.getParent());
      replace(target, bytes);
      written++;
    }
    int deleted = 0;
    Set<String> current = new LinkedHashSet<>();
    files.files().forEach(f -> current.add(f.path()));
    for (String old : previous) {
      if (!current.contains(old)) {
        Path stale = out.resolve(old).normalize();
        if (stale.startsWith(out) && Files.deleteIfExists(stale)) {
          deleted++;
          pruneEmptyParents(stale.getParent(), out);
        }
      }
    }
    byte[] manifest = (String.join("\n", current) + "\n").getBytes(StandardCharsets.UTF_8);
    Path manifestPath = out.resolve(MANIFEST);
    if (!Files.isRegularFile(manifestPath) || !Arrays.equals(Files.readAllBytes(manifestPath), manifest)) {
      replace(manifestPath, manifest);
    }
    return new Outcome(written, unchanged, deleted);
  }

  private static Set<String> readManifest(Path out) throws IOException {
    Path manifest = out.resolve(MANIFEST);
    Set<String> entries = new LinkedHashSet<>();
    if (Files.isRegularFile(manifest)) {
      for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.contains("..")) {
          entries.add(line.strip());
        }
      }
    }
    return entries;
  }

  private static void replace(Path target, byte[] bytes) throws IOException {
    Path temp = Files.createTempFile(target.getParent(), ".brickapi-", ".tmp");
    try {
      Files.write(temp, bytes);
      try {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void pruneEmptyParents(Path dir, Path root) throws IOException {
    while (dir != null && dir.startsWith(root) && !dir.equals(root)) {
      List<Path> children = new ArrayList<>();
      try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
        s.forEach(children::add);
      }
      if (!children.isEmpty()) {
        return;
      }
      Files.delete(dir);
      dir = dir.getParent();
    }
  }
}
