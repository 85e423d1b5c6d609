package dev.brickapi.specs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lints every document of the specs folder (system property {@code brickapi.specs}, set by the build to
 * this module's folder) and fails once with every finding, sorted, so one run shows everything.
 */
class SpecLintTest {

  @Test
  void everyDocumentFollowsTheConventions() {
    Path folder = Path.of(System.getProperty("brickapi.specs", "."));
    assertFalse(!Files.isDirectory(folder), "brickapi.specs is not a folder: " + folder.toAbsolutePath());
    long start = System.nanoTime();
    SpecSet specs = SpecSet.load(folder);
    Findings findings = LintRules.run(specs);
    List<Finding> list = findings.sorted();
    int operations = specs.documents().stream().mapToInt(d -> Operations.of(d).size()).sum();
    int schemas = specs.documents().stream()
        .mapToInt(d -> d.api == null || d.api.getComponents() == null || d.api.getComponents().getSchemas() == null
            ? 0 : d.api.getComponents().getSchemas().size())
        .sum();
    System.out.printf("spec lint of %s: %d documents, %d operations, %d schemas, %d examples checked, %d findings (%d ms)%n",
        folder.toAbsolutePath().normalize(), specs.documents().size(), operations, schemas, findings.examplesChecked,
        list.size(), (System.nanoTime() - start) / 1_000_000);
    assertFalse(specs.documents().isEmpty(), "no spec document (.yaml, .yml, .json) under " + folder.toAbsolutePath());
    if (!list.isEmpty()) {
      StringBuilder b = new StringBuilder(list.size() + " spec lint finding(s):\n");
      list.forEach(f -> b.append("  ").append(f).append('\n'));
      fail(b.toString());
    }
  }
}
