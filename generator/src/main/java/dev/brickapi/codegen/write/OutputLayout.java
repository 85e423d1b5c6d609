package dev.brickapi.codegen.write;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a run's files go: the Java sources into {@code sources} (a compile source root, so nothing else
 * belongs there), the Markdown reference (the file set's {@value GeneratedFile#DOCS} files) into
 * {@code docs}, and the list of what was written into {@code manifest}.
 */
public record OutputLayout(Path sources, Path docs, Path manifest) {

  public OutputLayout {
    sources = Objects.requireNonNull(sources, "sources").toAbsolutePath().normalize();
    docs = Objects.requireNonNull(docs, "docs").toAbsolutePath().normalize();
    manifest = Objects.requireNonNull(manifest, "manifest").toAbsolutePath().normalize();
  }

  /** Everything in one folder: the reference under {@code docs/}, the manifest as {@value Manifest#FILE_NAME}. */
  public static OutputLayout in(Path output) {
    return new OutputLayout(output, output.resolve("docs"), output.resolve(Manifest.FILE_NAME));
  }

  /** The layout with the folders that are not given defaulted as {@link #in} does. */
  public static OutputLayout of(Path sources, Path docs, Path manifest) {
    OutputLayout defaults = in(sources);
    return new OutputLayout(sources, docs == null ? defaults.docs() : docs, manifest == null ? defaults.manifest() : manifest);
  }

  /** The folder a file goes into. */
  Manifest.Area areaOf(GeneratedFile file) {
    return file.isDocs() ? Manifest.Area.DOCS : Manifest.Area.SOURCES;
  }

  Path folder(Manifest.Area area) {
    return area == Manifest.Area.DOCS ? docs : sources;
  }

  /** Where a file of the set is written. */
  Path target(GeneratedFile file) {
    String path = file.isDocs() ? file.path().substring(GeneratedFile.DOCS.length()) : file.path();
    return folder(areaOf(file)).resolve(path).normalize();
  }
}
