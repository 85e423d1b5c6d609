package dev.brickapi.codegen.write;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One output file: its path relative to the output folder (forward slashes) and its content.
 *
 * @param source the document it was generated from, or empty for support files
 */
public record GeneratedFile(String path, String content, String source) {
  public GeneratedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
    if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
      throw new IllegalArgumentException("not a safe relative path: " + path);
    }
    source = source == null ? "" : source;
  }

  public byte[] bytes() {
    return content.getBytes(StandardCharsets.UTF_8);
  }
}
