package dev.brickapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.mock.SpecIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Outside this repository the mock finds its specs in the brickapi-specs artifact on the class path. */
class SpecsFromJarTest {

  @Test
  void theSpecsArtifactOnTheClassPathServesTheSameOperations() {
    Path specs = SpecIndex.specsFromClassPath();
    assertNotNull(specs, "brickapi-specs is a dependency of it-tests");
    assertTrue(Files.isRegularFile(specs.resolve("2.1/clusters.yaml")), specs.toString());
    assertEquals(SpecIndex.load(SpecIndex.defaultSpecs()).operations().size(), SpecIndex.load(specs).operations().size());
  }
}
