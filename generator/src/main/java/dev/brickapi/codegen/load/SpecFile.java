package dev.brickapi.codegen.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One spec file found under a root.
 *
 * @param path absolute, normalised path of the file
 * @param name its document name: the path relative to the folder it was found in, with forward slashes
 *     ({@code 2.0/clusters.yaml}), or its file name when it was given as a file
 */
public record SpecFile(Path path, String name) {

  public SpecFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
  }

  /** The file's text, read as UTF-8. */
  public String read() throws IOException {
    return Files.readString(path, StandardCharsets.UTF_8);
  }
}
