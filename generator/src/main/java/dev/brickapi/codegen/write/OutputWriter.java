package dev.brickapi.codegen.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a {@link FileSet} as an {@link OutputLayout} says: a file whose content is unchanged is not
 * touched (so it keeps its timestamp and the compiler does not redo work), a changed file is replaced
 * atomically, and a file the previous run wrote that this run did not produce is removed. The written
 * files are listed in the layout's {@link Manifest}, so files that brickapi did not write are never
 * deleted. Files and folders get the permissions the process's umask gives new files (0644 and 0755
 * under the usual 022).
 */
public final class OutputWriter {

  /** The manifest's name when it lies in the output folder. */
  public static final String MANIFEST = Manifest.FILE_NAME;

  /** What a write changed. */
  public record Outcome(int written, int unchanged, int deleted) {}

  public Outcome write(Path out, FileSet files) throws IOException {
    return write(OutputLayout.in(out), files);
  }

  public Outcome write(OutputLayout layout, FileSet files) throws IOException {
    Files.createDirectories(layout.sources());
    List<Path> previous = Manifest.read(layout.manifest()).files();
    int written = 0;
    int unchanged = 0;
    Set<Path> current = new HashSet<>();
    for (GeneratedFile file : files.files()) {
      Path target = layout.target(file);
      current.add(target);
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
    for (Path stale : previous) {
      boolean ours = stale.startsWith(layout.sources()) || stale.startsWith(layout.docs());
      if (ours && !current.contains(stale) && Files.deleteIfExists(stale)) {
        deleted++;
        pruneEmptyParents(stale.getParent(), layout);
      }
    }
    byte[] manifest = Manifest.text(layout, files.files()).getBytes(StandardCharsets.UTF_8);
    Path manifestPath = layout.manifest();
    if (!Files.isRegularFile(manifestPath) || !Arrays.equals(Files.readAllBytes(manifestPath), manifest)) {
      Files.createDirectories(manifestPath.getParent());
      replace(manifestPath, manifest);
    }
    return new Outcome(written, unchanged, deleted);
  }

  /**
   * Writes next to the target, then moves over it. The temporary file is created like any new file
   * (not with {@code Files.createTempFile}, whose files are readable by their owner only).
   */
  private static void replace(Path target, byte[] bytes) throws IOException {
    Path temp = target.resolveSibling("." + target.getFileName() + ".brickapi-tmp");
    Files.deleteIfExists(temp);
    try {
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        out.write(bytes);
      }
      try {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Removes folders left empty by a deletion, up to (not including) the output folders. */
  private static void pruneEmptyParents(Path dir, OutputLayout layout) throws IOException {
    while (dir != null && !dir.equals(layout.sources()) && !dir.equals(layout.docs())
        && (dir.startsWith(layout.sources()) || dir.startsWith(layout.docs()))) {
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
