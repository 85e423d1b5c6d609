package dev.brickapi.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.brickapi.codegen.GeneratorConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFingerprintTest {

  @TempDir
  Path base;
  Path specs;
  Path out;

  @BeforeEach
  void specs() throws IOException {
    specs = Files.createDirectories(base.resolve("specs/v1"));
    Files.writeString(specs.resolve("a.yaml"), "openapi: 3.0.3\nx: {$ref: '../common/errors.yaml#/E'}\n");
    Files.writeString(specs.resolve("b.yaml"), "openapi: 3.0.3\n");
    Files.createDirectories(base.resolve("specs/common"));
    Files.writeString(base.resolve("specs/common/errors.yaml"), "openapi: 3.0.3\n");
    out = Files.createDirectories(base.resolve("out"));
  }

  private String digest(GeneratorConfig config, List<Path> roots, List<Path> files) throws IOException {
    InputFingerprint f = InputFingerprint.of(base, config, "1.0", roots, files, List.of());
    Path stored = base.resolve("fp");
    Files.deleteIfExists(stored);
    f.store(stored, "0 documents");
    return Files.readAllLines(stored).get(0);
  }

  private GeneratorConfig config() {
    return GeneratorConfig.builder().spec(base.resolve("specs")).output(out).basePackage("com.example").build();
  }

  @Test
  void sameInputsSameDigest() throws IOException {
    assertEquals(digest(config(), List.of(base.resolve("specs")), List.of()),
        digest(config(), List.of(base.resolve("specs")), List.of()));
  }

  @Test
  void removedSpecChangesTheDigest() throws IOException {
    String before = digest(config(), List.of(base.resolve("specs")), List.of());
    Files.delete(specs.resolve("b.yaml"));
    assertNotEquals(before, digest(config(), List.of(base.resolve("specs")), List.of()));
  }

  @Test
  void configurationChangesTheDigest() throws IOException {
    String before = digest(config(), List.of(base.resolve("specs")), List.of());
    assertNotEquals(before, digest(config().toBuilder().docs(false).build(), List.of(base.resolve("specs")), List.of()));
    assertNotEquals(before, digest(config().toBuilder().tag("Pets").build(), List.of(base.resolve("specs")), List.of()));
  }

  @Test
  void referencedFileOutsideTheSpecFileFolderIsDigested() throws IOException {
    Path a = specs.resolve("a.yaml");
    GeneratorConfig config = GeneratorConfig.builder().spec(a).output(out).basePackage("com.example").build();
    String before = digest(config, List.of(), List.of(a));
    Files.writeString(base.resolve("specs/common/errors.yaml"), "openapi: 3.0.3\ninfo: {}\n");
    assertNotEquals(before, digest(config, List.of(), List.of(a)));
  }

  @Test
  void fileRefsFindsRelativeFilesOnly() {
    assertEquals(List.of("../common/errors.yaml", "other.json"), InputFingerprint.fileRefs(
        "a: {$ref: '../common/errors.yaml#/components/responses/NotFound'}\n"
            + "b:\n  $ref: \"#/components/schemas/Local\"\n"
            + "c: {\"$ref\": \"other.json\"}\n"
            + "d: {$ref: 'https://example.com/x.yaml#/y'}\n"));
  }

  @Test
  void upToDateOnlyWhileTheOutputIsComplete() throws IOException {
    InputFingerprint f = InputFingerprint.of(base, config(), "1.0", List.of(base.resolve("specs")), List.of(), List.of());
    Path stored = base.resolve("fp");
    f.store(stored, "1 documents");
    Files.writeString(out.resolve(".brickapi-files"), "com/example/A.java\n");
    Files.createDirectories(out.resolve("com/example"));
    Files.writeString(out.resolve("com/example/A.java"), "class A {}");
    assertEquals("1 documents", f.upToDate(stored, out));
    Files.delete(out.resolve("com/example/A.java"));
    assertNull(f.upToDate(stored, out));
  }

  private String quick(GeneratorConfig config) {
    return InputFingerprint.quickUpToDate(base.resolve("fp"), out, InputFingerprint.settings(base, config, "1.0", List.of()),
        List.of(base.resolve("specs")), List.of());
  }

  private void storeRun(GeneratorConfig config) throws IOException {
    InputFingerprint.of(base, config, "1.0", List.of(base.resolve("specs")), List.of(), List.of())
        .store(base.resolve("fp"), "3 documents");
    Files.writeString(out.resolve(".brickapi-files"), "");
  }

  @Test
  void quickCheckSeesUnchangedInputsWithoutReadingThem() throws IOException {
    storeRun(config());
    assertEquals("3 documents", quick(config()));
  }

  @Test
  void quickCheckStepsAsideWhenASpecChanges() throws IOException {
    storeRun(config());
    Files.writeString(specs.resolve("b.yaml"), "openapi: 3.0.3\ninfo: {title: changed}\n");
    assertNull(quick(config()));
  }

  @Test
  void quickCheckStepsAsideForAReferencedFileAnAddedSpecOrOtherSettings() throws IOException {
    storeRun(config());
    Files.writeString(base.resolve("specs/common/errors.yaml"), "openapi: 3.0.3\ninfo: {title: longer now}\n");
    assertNull(quick(config()), "a referenced document changed");
    storeRun(config());
    Files.writeString(specs.resolve("c.yaml"), "openapi: 3.0.3\n");
    assertNull(quick(config()), "a spec was added");
    storeRun(config());
    assertNull(quick(config().toBuilder().docs(false).build()), "the configuration changed");
  }
}
