package dev.brickapi.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.codegen.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus under {@code src/test/resources/broken}: each folder is a spec with something wrong and an
 * {@code expected.txt} holding exactly the problems the generator must report (file, line, pointer, what
 * and how to mend). Rerun with {@code -Dbrickapi.updateGoldens=true} to rewrite them, then review.
 */
class BrokenSpecsTest {

  static Path corpus() {
    return TestPaths.resources().resolve("broken");
  }

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(corpus())) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @Test
  void theCorpusHasAtLeastTwentyFiveCases() throws IOException {
    assertTrue(cases().count() >= 25, "cases: " + cases().count());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheExpectedProblems(String name) throws IOException {
    Path dir = corpus().resolve(name);
    GenerationResult result = Generator.generate(GeneratorConfig.builder().spec(dir).basePackage("p.q").docs(false).build());
    assertFalse(result.ok(), name + " should fail");
    String actual = result.problems().stream().map(Problem::format).collect(Collectors.joining("\n", "", "\n"));
    Path expected = dir.resolve("expected.txt");
    if (TestPaths.updateGoldens()) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual);
    assertFalse(actual.contains("Exception"), "a user error must not show an exception: " + actual);
    assertEquals(0, result.files().size(), "a failed run produces no files");
  }

  @Test
  void everyProblemNamesItsFile() throws IOException {
    for (String name : cases().toList()) {
      GenerationResult result = Generator.generate(GeneratorConfig.builder().spec(corpus().resolve(name)).basePackage("p.q").build());
      for (Problem p : result.problems()) {
        assertFalse(p.file().isEmpty(), name + ": " + p.format());
        assertFalse(p.hint().isEmpty(), name + ": no hint in " + p.format());
      }
    }
  }
}
