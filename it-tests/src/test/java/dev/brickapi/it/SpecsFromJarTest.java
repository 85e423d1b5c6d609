package dev.brickapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.mock.MockWorkspace;
import dev.brickapi.mock.SpecIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The mock takes its specs from the brickapi-specs artifact on the class path unless a folder is named; an
 * artifact it unpacked is removed when it closes.
 */
class SpecsFromJarTest {

  @Test
  void theSpecsArtifactOnTheClassPathServesTheRepositorysOperations() {
    Path specs = SpecIndex.specsFromClassPath();
    assertNotNull(specs, "brickapi-specs is a dependency of it-tests");
    assertTrue(Files.isRegularFile(specs.resolve("2.1/clusters.yaml")), specs.toString());
    assertEquals(SpecIndex.load(Path.of("../specs")).operations().size(), SpecIndex.load(specs).operations().size());
  }

  @Test
  void theDefaultIsTheArtifactNotAFolderOfTheProject() {
    String named = System.clearProperty("brickapi.specs");
    try {
      Path specs = SpecIndex.defaultSpecs();
      assertFalse(specs.equals(Path.of("../specs").toAbsolutePath().normalize()), specs.toString());
      assertFalse(specs.equals(Path.of("specs").toAbsolutePath().normalize()), specs.toString());
      assertTrue(Files.isRegularFile(specs.resolve("README.md")), specs.toString());
    } finally {
      if (named != null) {
        System.setProperty("brickapi.specs", named);
      }
    }
  }

  @Test
  void closingTheMockRemovesTheSpecsItUnpacked() {
    Path specs = SpecIndex.specsFromClassPath();
    boolean unpacked = specs.getFileName().toString().startsWith("brickapi-specs")
        && specs.getParent().equals(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize());
    try (MockWorkspace mock = MockWorkspace.builder().specs(specs).start()) {
      assertEquals(specs, mock.specs().root());
    }
    assertEquals(!unpacked, Files.exists(specs), specs + ": an unpacked copy is removed, a folder of classes is not");
  }
}
