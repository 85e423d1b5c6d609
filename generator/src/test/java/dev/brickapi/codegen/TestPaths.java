package dev.brickapi.codegen;

import java.nio.file.Path;

/** Where the test inputs are, as the build passes them in (with defaults for an IDE run). */
public final class TestPaths {

  private TestPaths() {}

  public static Path resources() {
    return Path.of(System.getProperty("brickapi.testResources", "src/test/resources")).toAbsolutePath().normalize();
  }

  public static Path constructs() {
    return resources().resolve("specs/constructs");
  }

  /** The spec full of names that clash with what the emitters write. */
  public static Path names() {
    return resources().resolve("specs/names");
  }

  public static Path projectSpecs() {
    return Path.of(System.getProperty("brickapi.specs", "../specs")).toAbsolutePath().normalize();
  }

  /** Set {@code -Dbrickapi.updateGoldens=true} to rewrite golden files from the current output. */
  public static boolean updateGoldens() {
    return Boolean.getBoolean("brickapi.updateGoldens");
  }
}
