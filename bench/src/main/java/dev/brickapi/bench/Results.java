package dev.brickapi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Where the mains leave their figures for {@link Report}: {@code -Dbench.results=DIR} (default bench/target/results). */
final class Results {

  private Results() {}

  static Path dir() {
    return Path.of(System.getProperty("bench.results", "bench/target/results"));
  }

  static void write(String name, String line) {
    try {
      Files.createDirectories(dir());
      Files.writeString(dir().resolve(name), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
