package dev.brickapi.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.codegen.GenerationResult;
import dev.brickapi.codegen.Generator;
import dev.brickapi.codegen.GeneratorConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprint covers what the generator read, plus the list of spec files that could take part. */
class InputFingerprintTest {

  /** v1/pets.yaml and v1/store.yaml, both referencing common/errors.yaml. */
  private static final Path FIXTURE = Path.of("src/test/resources/ref-outside-includes");

  @TempDir
  Path base;
  Path specs;
  Path out;
  Path manifest;
  Path stored;

  @BeforeEach
  void specs() throws IOException {
    specs = base.resolve("specs");
    for (String f : List.of("v1/pets.yaml", "v1/store.yaml", "common/errors.yaml")) {
      Files.createDirectories(specs.resolve(f).getParent());
      Files.copy(FIXTURE.resolve(f), specs.resolve(f));
    }
    out = base.resolve("target/generated-sources/brickapi");
    manifest = base.resolve("target/brickapi/default.files");
    stored = base.resolve("target/brickapi/default" + InputFingerprint.SUFFIX);
  }

  /** Only v1/pets.yaml is selected, as the plugin's includes select it; common/errors.yaml is reached by $ref. */
  private GeneratorConfig config() {
    return GeneratorConfig.builder().spec(specs).document("v1/pets.yaml").output(out).manifest(manifest)
        .docsOutput(base.resolve("target/brickapi/docs")).basePackage("com.example").build();
  }

  private List<Path> candidates() throws IOException {
    return InputFingerprint.specFiles(List.of(specs), List.of());
  }

  /** What the goal does after a successful run. */
  private GenerationResult generateAndStore(GeneratorConfig config) throws IOException {
    GenerationResult result = Generator.generate(config);
    assertTrue(result.ok(), result.problems().toString());
    InputFingerprint.of(base, config, "1.0", List.of(), candidates(), result.inputs()).store(stored, InputFingerprint.counts(result));
    return result;
  }

  private void append(String file, String text) throws IOException {
    Path f = specs.resolve(file);
    Files.writeString(f, Files.readString(f) + text);
  }

  private String unchanged(GeneratorConfig config) throws IOException {
    return InputFingerprint.unchanged(stored, manifest, base, config, "1.0", List.of(), candidates());
  }

  private String quick(GeneratorConfig config) throws IOException {
    return InputFingerprint.quickUpToDate(InputFingerprint.Stored.read(stored), manifest,
        InputFingerprint.settings(base, config, "1.0", List.of()), candidates());
  }

  private String digest(GeneratorConfig config, List<Path> inputs) throws IOException {
    return InputFingerprint.Stored.read(store(config, inputs)).digest();
  }

  private Path store(GeneratorConfig config, List<Path> inputs) throws IOException {
    Path fp = base.resolve("fp");
    InputFingerprint.of(base, config, "1.0", List.of(), candidates(), inputs).store(fp, "0 documents");
    return fp;
  }

  @Test
  void theStoredInputListIsExactlyWhatTheGeneratorRead() throws IOException {
    GenerationResult result = generateAndStore(config());
    assertEquals(List.of(specs.resolve("common/errors.yaml"), specs.resolve("v1/pets.yaml")), result.inputs());
    assertEquals(result.inputs(), InputFingerprint.Stored.read(stored).inputs());
  }

  @Test
  void editingAFileReachedOnlyThroughARefOutsideTheIncludesRegenerates() throws IOException {
    generateAndStore(config());
    assertNotNull(unchanged(config()), "nothing changed yet");
    Path errors = specs.resolve("common/errors.yaml");
    Files.writeString(errors, Files.readString(errors).replace("message", "detail"));
    assertNull(unchanged(config()), "common/errors.yaml was read: its change must regenerate");
  }

  @Test
  void editingADocumentTheGeneratorDidNotReadRegeneratesNothing() throws IOException {
    generateAndStore(config());
    append("v1/store.yaml", "x-edited: true\n");
    assertNotNull(quick(config()), "v1/store.yaml is neither selected nor referenced");
  }

  @Test
  void anAddedOrRemovedSpecFileUnderTheFoldersRegenerates() throws IOException {
    generateAndStore(config());
    Files.copy(specs.resolve("common/errors.yaml"), specs.resolve("v1/added.yaml"));
    assertNull(unchanged(config()), "a spec was added");
    Files.delete(specs.resolve("v1/added.yaml"));
    assertNotNull(unchanged(config()));
    Files.delete(specs.resolve("v1/store.yaml"));
    assertNull(unchanged(config()), "a spec was removed");
  }

  @Test
  void touchedButUnchangedInputsAreDigestedOnceAndThenQuickAgain() throws IOException {
    generateAndStore(config());
    Path pets = specs.resolve("v1/pets.yaml");
    Files.setLastModifiedTime(pets, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(pets).toMillis() + 5000));
    assertNull(quick(config()), "the file time moved");
    assertNotNull(unchanged(config()), "the content did not");
    assertNotNull(quick(config()), "the new file time was stored");
  }

  @Test
  void sameInputsSameDigest() throws IOException {
    List<Path> inputs = List.of(specs.resolve("v1/pets.yaml"));
    assertEquals(digest(config(), inputs), digest(config(), inputs));
  }

  @Test
  void removedSpecChangesTheDigest() throws IOException {
    List<Path> inputs = List.of(specs.resolve("v1/pets.yaml"));
    String before = digest(config(), inputs);
    Files.delete(specs.resolve("v1/store.yaml"));
    assertNotEquals(before, digest(config(), inputs));
  }

  @Test
  void configurationChangesTheDigest() throws IOException {
    List<Path> inputs = List.of(specs.resolve("v1/pets.yaml"));
    String before = digest(config(), inputs);
    assertNotEquals(before, digest(config().toBuilder().docs(false).build(), inputs));
    assertNotEquals(before, digest(config().toBuilder().tag("Pets").build(), inputs));
    assertNotEquals(before, digest(config().toBuilder().docsOutput(base.resolve("elsewhere")).build(), inputs));
  }

  @Test
  void referencedFileOutsideTheSpecFileFolderIsDigested() throws IOException {
    Path pets = specs.resolve("v1/pets.yaml");
    GeneratorConfig config = GeneratorConfig.builder().spec(pets).output(out).manifest(manifest).basePackage("com.example").build();
    List<Path> inputs = Generator.generate(config).inputs();
    assertTrue(inputs.contains(specs.resolve("common/errors.yaml")), inputs.toString());
    String before = digest(config, inputs);
    append("common/errors.yaml", "x-changed: true\n");
    assertNotEquals(before, digest(config, inputs));
  }

  @Test
  void upToDateOnlyWhileTheOutputIsComplete() throws IOException {
    generateAndStore(config());
    InputFingerprint.Stored last = InputFingerprint.Stored.read(stored);
    InputFingerprint again = InputFingerprint.of(base, config(), "1.0", List.of(), candidates(), last.inputs());
    assertEquals(last.counts(), again.upToDate(last, manifest));
    Files.delete(out.resolve("com/example/pets/v1/PetsApi.java"));
    assertNull(again.upToDate(last, manifest));
    assertNull(quick(config()));
  }

  @Test
  void quickCheckSeesUnchangedInputsWithoutReadingThem() throws IOException {
    GenerationResult result = generateAndStore(config());
    assertEquals(InputFingerprint.counts(result), quick(config()));
  }

  @Test
  void quickCheckStepsAsideWhenASpecChanges() throws IOException {
    generateAndStore(config());
    append("v1/pets.yaml", "x-y: 1\n");
    assertNull(quick(config()));
  }

  @Test
  void quickCheckStepsAsideForAReferencedFileAnAddedSpecOrOtherSettings() throws IOException {
    generateAndStore(config());
    append("common/errors.yaml", "x-longer: now\n");
    assertNull(quick(config()), "a referenced document changed");
    generateAndStore(config());
    Files.writeString(specs.resolve("v1/c.yaml"), "openapi: 3.0.3\n");
    assertNull(quick(config()), "a spec was added");
    Files.delete(specs.resolve("v1/c.yaml"));
    generateAndStore(config());
    assertNull(quick(config().toBuilder().docs(false).build()), "the configuration changed");
  }
}
