package dev.brickapi.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compile source root the plugin fills is what the sources jar ships: Java sources only. The Markdown
 * reference and the plugin's manifest live under {@code target/brickapi/}.
 */
class GeneratedSourceRootTest {

  private static final Path TARGET = Path.of("target");

  @Test
  void generatedSourceRootHoldsJavaSourcesOnly() throws IOException {
    Path root = TARGET.resolve("generated-sources/brickapi");
    assertTrue(Files.isDirectory(root), "not generated: " + root.toAbsolutePath());
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> other = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".java"))
          .collect(Collectors.toList());
      assertEquals(List.of(), other);
    }
  }

  @Test
  void referenceAndManifestAreOutsideTheSourceRoot() {
    assertTrue(Files.isRegularFile(TARGET.resolve("brickapi/docs/index.md")));
    assertTrue(Files.isRegularFile(TARGET.resolve("brickapi/client.files")));
  }
}
