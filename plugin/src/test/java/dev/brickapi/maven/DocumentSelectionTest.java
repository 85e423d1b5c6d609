package dev.brickapi.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSelectionTest {

  @TempDir
  Path root;

  @Test
  void withoutIncludesOrExcludesTheDocumentPatternsPassThrough() throws Exception {
    assertEquals(List.of("2.0/*.yaml"), new DocumentSelection(List.of(), List.of(), List.of("2.0/*.yaml")).select(List.of(root)));
  }

  @Test
  void includesMinusExcludesGiveExactNames() throws Exception {
    for (String name : List.of("2.0/secrets.yaml", "2.0/token.yaml", "2.0/clusters.yaml", "2.1/jobs.yaml", "target/x/2.0/a.yaml")) {
      Files.createDirectories(root.resolve(name).getParent());
      Files.writeString(root.resolve(name), "openapi: 3.0.3\n");
    }
    assertEquals(List.of("2.0/secrets.yaml", "2.0/token.yaml"),
        new DocumentSelection(List.of("2.0/*.yaml"), List.of("**/clusters.yaml"), List.of()).select(List.of(root)));
  }

  @Test
  void nothingSelectedFailsClearly() {
    MojoFailureException e = assertThrows(MojoFailureException.class,
        () -> new DocumentSelection(List.of("nope/*.yaml"), List.of(), List.of()).select(List.of(root)));
    assertTrue(e.getMessage().contains("no spec document"), e.getMessage());
  }

  @Test
  void leadingDoubleStarAlsoMatchesTopLevelNames() throws Exception {
    for (String name : List.of("pets.yaml", "2.0/pets.yaml", "2.1/pets.yaml")) {
      Files.createDirectories(root.resolve(name).getParent());
      Files.writeString(root.resolve(name), "openapi: 3.0.3\n");
    }
    assertEquals(List.of("2.0/pets.yaml", "2.1/pets.yaml", "pets.yaml"),
        new DocumentSelection(List.of("**/*.yaml"), List.of(), List.of()).select(List.of(root)));
    assertEquals(List.of("2.1/pets.yaml", "pets.yaml"),
        new DocumentSelection(List.of("**/*.yaml"), List.of("2.0/*.yaml"), List.of()).select(List.of(root)));
  }

  @Test
  void aFolderNamedLikeBuildOutputOnlyInPartIsListed() throws Exception {
    Files.createDirectories(root.resolve("mytarget"));
    Files.writeString(root.resolve("mytarget/a.yaml"), "openapi: 3.0.3\n");
    assertEquals(List.of("mytarget/a.yaml"), new DocumentSelection(List.of("**"), List.of(), List.of()).select(List.of(root)));
  }
}
