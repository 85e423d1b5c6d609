package dev.brickapi.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.codegen.write.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The emitted files of each golden case, byte for byte, against the checked-in goldens under
 * {@code src/test/resources/golden/<case>}: {@code constructs} (every construct the generator supports) and
 * {@code names} (names that clash with what the emitters write). After an intended change to the emitters,
 * rerun with {@code -Dbrickapi.updateGoldens=true} and review the diff.
 */
class GoldenFilesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({"constructs, com.example.store", "names, com.example.names"})
  void emittedFilesMatchTheGoldens(String goldenCase, String basePackage) throws IOException {
    GenerationResult result = Generator.generate(GeneratorConfig.builder()
        .spec(TestPaths.resources().resolve("specs/" + goldenCase)).basePackage(basePackage).build());
    assertTrue(result.ok(), result.problems().toString());
    Path goldens = TestPaths.resources().resolve("golden/" + goldenCase);
    if (TestPaths.updateGoldens()) {
      if (Files.exists(goldens)) {
        try (Stream<Path> old = Files.walk(goldens)) {
          old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      for (GeneratedFile f : result.files().files()) {
        Path target = goldens.resolve(f.path() + ".golden");
        Files.createDirectories(target.getParent());
        Files.writeString(target, f.content(), StandardCharsets.UTF_8);
      }
    }
    Set<String> expected = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(goldens)) {
      walk.filter(Files::isRegularFile).forEach(p -> expected.add(goldens.relativize(p).toString().replace('\\', '/')
          .replaceAll("\\.golden$", "")));
    }
    Set<String> actual = new TreeSet<>();
    result.files().files().forEach(f -> actual.add(f.path()));
    assertEquals(expected, actual, "the set of generated files changed");
    for (GeneratedFile f : result.files().files()) {
      String golden = Files.readString(goldens.resolve(f.path() + ".golden"), StandardCharsets.UTF_8);
      assertEquals(golden, f.content(), "golden differs: " + f.path() + " (rerun with -Dbrickapi.updateGoldens=true and review)");
    }
  }
}
