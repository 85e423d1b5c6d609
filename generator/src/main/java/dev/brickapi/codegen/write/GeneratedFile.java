package dev.brickapi.codegen.write;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One output file: its path (forward slashes) and its content. Java sources are named by their package
 * path; the Markdown reference by a path under {@value #DOCS}, which the writer puts in the docs folder.
 *
 * @param source the document it was generated from, or empty for support files
 */
public record GeneratedFile(String path, String content, String source) {

  /** The folder of the file set that holds everything that is not a Java source. */
  public static final String DOCS = "docs/";

  public GeneratedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
    if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
      throw new IllegalArgumentException("not a safe relative path: " + path);
    }
    source = source == null ? "" : source;
  }

  /** Whether the file belongs to the reference (under {@value #DOCS}) rather than the sources. */
  public boolean isDocs() {
    return path.startsWith(DOCS);
  }

  public byte[] bytes() {
    return content.getBytes(StandardCharsets.UTF_8);
  }
}
