package dev.brickapi.codegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.codegen.GenerationResult;
import dev.brickapi.codegen.Generator;
import dev.brickapi.codegen.GeneratorConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How spec files are found, and which files a run reports as read. */
class SpecFilesTest {

  @TempDir
  Path tmp;

  private Path write(String rel, String text) throws IOException {
    Path f = tmp.resolve(rel);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
    return f;
  }

  private static List<String> names(List<SpecFile> files) {
    return files.stream().map(SpecFile::name).toList();
  }

  @Test
  void yamlYmlAndJsonInAnyCaseAreSpecFilesOthersAreNot() throws IOException {
    write("a.yaml", "");
    write("v1/b.yml", "");
    write("v1/c.JSON", "");
    write("v1/README.md", "");
    write("v1/d.yaml.bak", "");
    assertEquals(List.of("a.yaml", "v1/b.yml", "v1/c.JSON"), names(SpecFiles.under(tmp)));
  }

  @Test
  void buildOutputIsLeftOutButNotFoldersThatOnlyLookLikeIt() throws IOException {
    write("target/copy.yaml", "");
    write("v1/target/copy.yaml", "");
    write("mytarget/kept.yaml", "");
    write("v1/target-kept.yaml", "");
    assertEquals(List.of("mytarget/kept.yaml", "v1/target-kept.yaml"), names(SpecFiles.under(tmp)));
  }

  @Test
  void aFileGivenDirectlyIsNamedByItsFileName() throws IOException {
    Path f = write("target/deep/pets.yaml", "");
    assertEquals(List.of(new SpecFile(f, "pets.yaml")), SpecFiles.under(f));
  }

  @Test
  void findSelectsByPatternSortsByNameAndListsAFileOnce() throws IOException {
    write("v2/b.yaml", "");
    write("v1/a.yaml", "");
    write("v1/skip.json", "");
    List<SpecFile> found = SpecFiles.find(List.of(tmp, tmp.resolve("v1/a.yaml")), DocumentPatterns.of(List.of("**/*.yaml")));
    assertEquals(List.of("v1/a.yaml", "v2/b.yaml"), names(found), "a.yaml, given as a file, is already v1/a.yaml");
  }

  @Test
  void aMissingRootIsAnError() {
    assertThrows(NoSuchFileException.class, () -> SpecFiles.under(tmp.resolve("nope")));
  }

  private static final String SHARED = "openapi: 3.0.3\ninfo: {title: Shared, version: '1'}\npaths: {}\n"
      + "components:\n  schemas:\n    Error:\n      type: object\n      properties:\n        message: {type: string}\n";

  private static String api(String title, String ref) {
    return "openapi: 3.0.3\ninfo: {title: " + title + ", version: '1'}\npaths:\n  /x:\n    get:\n      operationId: get" + title
        + "\n      tags: [" + title + "]\n      responses:\n        '200':\n          description: ok\n          content:\n"
        + "            application/json:\n              schema: {$ref: '" + ref + "'}\n";
  }

  @Test
  void theRunReportsEveryFileItReadIncludingOnesReachedOnlyThroughRefs() throws IOException {
    Path pets = write("specs/v1/pets.yaml", api("Pets", "../common/errors.yaml#/components/schemas/Error"));
    write("specs/v1/store.yaml", api("Store", "#/components/schemas/Nope"));
    Path errors = write("specs/common/errors.yaml", SHARED);
    GenerationResult result = Generator.generate(GeneratorConfig.builder().spec(tmp.resolve("specs"))
        .document("v1/pets.yaml").basePackage("p").build());
    assertTrue(result.ok(), result.problems().toString());
    assertEquals(List.of(errors, pets), result.inputs(), "the unselected store.yaml is not read");
  }

  @Test
  void aRefOutsideTheSpecFoldersIsReportedAsReadToo() throws IOException {
    Path pets = write("specs/v1/pets.yaml", api("Pets", "../../common/errors.yaml#/components/schemas/Error"));
    Path errors = write("common/errors.yaml", SHARED);
    GenerationResult result = Generator.generate(GeneratorConfig.builder().spec(pets).basePackage("p").build());
    assertTrue(result.ok(), result.problems().toString());
    assertEquals(List.of(errors, pets), result.inputs());
  }
}
