package dev.brickapi.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.codegen.write.GeneratedFile;
import dev.brickapi.codegen.write.OutputWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator as a whole: output compiles, is deterministic, and is written with care. */
class GeneratorTest {

  @TempDir
  Path tmp;

  private static GeneratorConfig.Builder constructs() {
    return GeneratorConfig.builder().spec(TestPaths.constructs()).basePackage("com.example.store");
  }

  private static Map<String, byte[]> tree(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  @Test
  void generatedSourcesCompileForJava11WithoutWarnings() throws IOException {
    GenerationResult result = Generator.generate(constructs().build());
    assertTrue(result.ok(), result.problems().toString());
    String diagnostics = InMemoryCompiler.compile(result.files(), tmp.resolve("classes"));
    assertEquals("", diagnostics);
  }

  @Test
  void namesThatClashWithWhatTheEmittersWriteStillCompileWithoutWarnings() throws IOException {
    GenerationResult result = Generator.generate(GeneratorConfig.builder().spec(TestPaths.names())
        .basePackage("com.example.names").build());
    assertTrue(result.ok(), result.problems().toString());
    String diagnostics = InMemoryCompiler.compile(result.files(), tmp.resolve("classes"));
    assertEquals("", diagnostics);
  }

  @Test
  void generatingTwiceGivesByteIdenticalTrees() throws IOException {
    GenerationResult a = Generator.generate(constructs().output(tmp.resolve("a")).build());
    GenerationResult b = Generator.generate(constructs().output(tmp.resolve("b")).build());
    assertTrue(a.ok() && b.ok());
    Map<String, byte[]> ta = tree(tmp.resolve("a"));
    Map<String, byte[]> tb = tree(tmp.resolve("b"));
    assertEquals(ta.keySet(), tb.keySet());
    ta.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, tb.get(path)), path));
  }

  @Test
  void unchangedFilesKeepTheirTimestamps() throws IOException {
    Path out = tmp.resolve("out");
    GenerationResult first = Generator.generate(constructs().output(out).build());
    assertEquals(first.files().size(), first.written());
    Path pet = out.resolve("com/example/store/store/v1/Pet.java");
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(pet, old);
    GenerationResult second = Generator.generate(constructs().output(out).build());
    assertEquals(0, second.written());
    assertEquals(first.files().size(), second.unchanged());
    assertEquals(old, Files.getLastModifiedTime(pet));
  }

  @Test
  void failedRunLeavesThePreviousOutputUntouched() throws IOException {
    Path out = tmp.resolve("out");
    assertTrue(Generator.generate(constructs().output(out).build()).ok());
    Map<String, byte[]> before = tree(out);
    Path specs = tmp.resolve("specs");
    Files.createDirectories(specs);
    Files.writeString(specs.resolve("api.yaml"), "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths:\n  /a:\n    get:\n      responses: {}\n");
    GenerationResult broken = Generator.generate(GeneratorConfig.builder().spec(specs).basePackage("com.example.store").output(out).build());
    assertFalse(broken.ok());
    Map<String, byte[]> after = tree(out);
    assertEquals(before.keySet(), after.keySet());
  }

  @Test
  void removedDocumentRemovesItsFilesButNeverForeignOnes() throws IOException {
    Path specs = tmp.resolve("specs");
    Files.createDirectories(specs.resolve("v1"));
    for (String f : List.of("shared.yaml", "store.yaml")) {
      Files.copy(TestPaths.constructs().resolve("v1/" + f), specs.resolve("v1/" + f));
    }
    Path out = tmp.resolve("out");
    GeneratorConfig.Builder config = GeneratorConfig.builder().spec(specs).basePackage("p").output(out);
    assertTrue(Generator.generate(config.build()).ok());
    Path foreign = out.resolve("p/Handwritten.java");
    Files.writeString(foreign, "class Handwritten {}");
    assertTrue(Files.exists(out.resolve("p/store/v1/PetsApi.java")));
    GenerationResult onlyShared = Generator.generate(GeneratorConfig.builder().spec(specs).document("v1/shared.yaml")
        .basePackage("p").output(out).build());
    assertTrue(onlyShared.ok(), onlyShared.problems().toString());
    assertTrue(onlyShared.deleted() > 0);
    assertFalse(Files.exists(out.resolve("p/store/v1/PetsApi.java")));
    assertFalse(Files.exists(out.resolve("p/store")), "emptied folders are removed");
    assertTrue(Files.exists(out.resolve("p/shared/v1/Owner.java")));
    assertTrue(Files.exists(foreign));
    assertTrue(Files.readString(out.resolve(OutputWriter.MANIFEST)).contains("p/shared/v1/Owner.java"));
  }

  @Test
  void aSchemaDefinedOnceIsOneTypeForEveryDocumentUsingIt() {
    GenerationResult result = Generator.generate(constructs().build());
    long owners = result.files().files().stream().map(GeneratedFile::path).filter(p -> p.endsWith("/Owner.java")).count();
    assertEquals(1, owners);
    GeneratedFile newPet = result.files().get("com/example/store/store/v1/NewPet.java");
    assertTrue(newPet.content().contains("import com.example.store.shared.v1.Owner;"));
  }

  @Test
  void documentsAndTagsCanBeSelected() {
    GenerationResult onlyFiles = Generator.generate(constructs().tag("Files").build());
    assertTrue(onlyFiles.ok());
    assertEquals(1, onlyFiles.services());
    assertTrue(onlyFiles.files().get("com/example/store/store/v1/FilesApi.java") != null);
    assertTrue(onlyFiles.files().get("com/example/store/store/v1/PetsApi.java") == null);
  }

  @Test
  void markdownReferenceHasAPagePerDocumentAndAnIndex() {
    GenerationResult result = Generator.generate(constructs().build());
    String index = result.files().get("docs/index.md").content();
    assertTrue(index.contains("7 documents, 8 services, 42 operations"), index);
    assertTrue(index.contains("[v1/store.yaml](v1_store.md)"), index);
    String store = result.files().get("docs/v1_store.md").content();
    assertTrue(store.contains("### listPets"), store);
    assertTrue(store.contains("`GET /api/1/pets`"), store);
    assertTrue(store.contains("| `page_token` | query | string |"), store);
    assertTrue(store.contains("Paging: `listPetsAll(...)`"), store);
    assertTrue(store.contains("Waiting: `createPetAndWait(...)` and `createPetAndWaitAsync(...)` (optionally with `WaitOptions`; 20 minutes by default) polls `getPet` until `status.state` is AVAILABLE; fails on LOST; `waitGetPetAvailable(...)` waits so for an existing one"), store);
    assertTrue(store.contains("| `api_token` |") || result.files().get("docs/v1_shared.md").content().contains("_sensitive_"));
  }

  @Test
  void everyProjectSpecGeneratesWithoutProblems() {
    Path specs = TestPaths.projectSpecs();
    GenerationResult result = Generator.generate(GeneratorConfig.builder().spec(specs).basePackage("dev.brickapi.client.service").build());
    assertTrue(result.ok(), () -> String.join("\n", result.problems().stream().map(p -> p.format()).toList()));
    assertTrue(result.documents() >= 1);
    assertNotEquals(0, result.operations());
    String index = result.files().get("dev/brickapi/client/service/WorkspaceServices.java").content();
    assertTrue(index.contains("public JobsApi jobs() {\n        return client().api(JobsApi.class, JobsApi::new);"),
        "the newest Jobs is the plain accessor");
    assertTrue(index.contains("public dev.brickapi.client.service.jobs.v21.JobsApi jobsV21()"), "older versions carry their version");
    assertTrue(index.contains("import dev.brickapi.client.service.jobs.v22.JobsApi;"));
  }

  @Test
  void everyReturnSaysWhatComesBackAndEveryOperationNamesWhatItThrows() {
    GenerationResult result = Generator.generate(GeneratorConfig.builder().spec(TestPaths.projectSpecs())
        .basePackage("dev.brickapi.client.service").docs(false).build());
    int returns = 0;
    for (var file : result.files().files()) {
      if (!file.path().endsWith("Api.java")) {
        continue;
      }
      for (String line : file.content().split("\n")) {
        String text = line.strip();
        if (text.startsWith("* @return ")) {
          returns++;
          assertFalse(text.matches("(?i)\\* @return (the call succeeded|success|ok)\\.?"), file.path() + ": " + text);
        }
      }
      int operations = file.content().split("@RequestLine\\(").length - 1;
      java.util.regex.Matcher call = java.util.regex.Pattern.compile(
          "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@\\w+\\s*)*public [^(\\n]* (\\w+)\\(", java.util.regex.Pattern.DOTALL)
          .matcher(file.content());
      int calls = 0;
      while (call.find()) {
        String name = call.group(2);
        if (name.matches(".*(AndWait|AndWaitAsync|All\\d*)|waitGet.*") || name.endsWith("Api")) {
          continue;
        }
        calls++;
        assertTrue(call.group(1).contains("@throws dev.brickapi.runtime.DatabricksException when the call fails"),
            file.path() + ": " + name + " documents what it throws");
      }
      assertTrue(calls >= operations, file.path() + ": a public method per operation, " + calls + " for " + operations);
    }
    assertTrue(returns > 400, "returns documented: " + returns);
  }

  @Test
  void summaryLineCountsEverything() {
    GenerationResult result = Generator.generate(constructs().build());
    assertTrue(result.summary().matches("brickapi: 7 documents, 8 services, 42 operations, 69 types -> 91 files "
        + "\\(0 written, 0 unchanged, 0 removed\\) in \\d+ ms; 3 media types left aside \\(see the warnings\\)"), result.summary());
  }
}
