package dev.brickapi.client.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's quick start is the compiled {@link QuickStart}, line for line. */
class ReadmeQuickStartTest {

  @Test
  void readmeShowsTheCompiledQuickStart() throws Exception {
    String source = Files.readString(Path.of("src/main/java/dev/brickapi/client/examples/QuickStart.java"), StandardCharsets.UTF_8);
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains(snippet(source)), "README.md's quick start differs from QuickStart.java");
  }

  /** The two methods of the class, unindented by one level, as the README shows them. */
  static String snippet(String source) {
    String body = source.substring(source.indexOf("  public static void main"), source.lastIndexOf('}')).stripTrailing();
    StringBuilder unindented = new StringBuilder();
    for (String line : body.split("\n", -1)) {
      unindented.append(line.startsWith("  ") ? line.substring(2) : line).append('\n');
    }
    return unindented.toString();
  }
}
