package dev.brickapi.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: options, exit codes, messages. */
class MainTest {

  @TempDir
  Path tmp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpPrintsUsageAndExitsZero() {
    assertEquals(0, run("--help"));
    assertTrue(stdout().contains("usage: brickapi --spec DIR_OR_FILE... --out DIR --package PACKAGE"));
  }

  @Test
  void missingRequiredOptionsExitTwo() {
    assertEquals(2, run("--spec", "x"));
    assertTrue(stderr().startsWith("brickapi: --spec, --out and --package are required"), stderr());
  }

  @Test
  void unknownOptionExitsTwo() {
    assertEquals(2, run("--frobnicate"));
    assertTrue(stderr().contains("unknown option '--frobnicate'"));
  }

  @Test
  void generatesAndPrintsOneSummaryLine() {
    assertEquals(0, run("--spec", TestPaths.constructs().toString(), "--out", tmp.resolve("o").toString(), "--package", "a.b"));
    assertTrue(stdout().matches("brickapi: 7 documents, 8 services, 42 operations, 69 types -> 91 files \\(91 written, 0 unchanged, 0 removed\\) in \\d+ ms"
        + "; 3 media types left aside \\(see the warnings\\)\\R"), stdout());
    assertTrue(Files.exists(tmp.resolve("o/a/b/store/v1/PetsApi.java")));
    assertTrue(Files.exists(tmp.resolve("o/docs/index.md")));
  }

  @Test
  void docsOutPutsTheReferenceOutsideTheSourcesFolder() {
    assertEquals(0, run("--spec", TestPaths.constructs().toString(), "--out", tmp.resolve("o").toString(),
        "--docs-out", tmp.resolve("d").toString(), "--package", "a.b"));
    assertTrue(Files.exists(tmp.resolve("d/index.md")));
    assertFalse(Files.exists(tmp.resolve("o/docs")));
    assertTrue(Files.exists(tmp.resolve("o/a/b/store/v1/PetsApi.java")));
  }

  @Test
  void helpNamesDocsOut() {
    assertEquals(0, run("--help"));
    assertTrue(stdout().contains("--docs-out DIR"), stdout());
  }

  @Test
  void brokenSpecExitsOneWithMessagesAndNoStackTrace() throws Exception {
    Path spec = tmp.resolve("api.yaml");
    Files.writeString(spec, "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      operationId: getX\n"
        + "      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n"
        + "              schema: {$ref: '#/components/schemas/Missing'}\n");
    assertEquals(1, run("--spec", spec.toString(), "--out", tmp.resolve("o").toString(), "--package", "a.b"));
    assertTrue(stderr().contains("api.yaml:12 #/paths/~1x/get/responses/200/content/application~1json/schema/$ref: "
        + "$ref '#/components/schemas/Missing' is dangling"), stderr());
    assertTrue(stderr().contains("brickapi: 1 error in the specs; nothing was written"), stderr());
    assertFalse(stderr().contains("Exception"), stderr());
    assertFalse(Files.exists(tmp.resolve("o")));
  }

  @Test
  void missingSpecFileIsReported() {
    assertEquals(1, run("--spec", tmp.resolve("nope.yaml").toString(), "--out", tmp.resolve("o").toString(), "--package", "a.b"));
    assertTrue(stderr().contains("nope.yaml: spec file or folder not found"), stderr());
  }

  @Test
  void reportPrintsOperationsPerDocumentAndWritesNothing() {
    assertEquals(0, run("--spec", TestPaths.constructs().toString(), "--report"));
    assertTrue(stdout().contains("v1/store.yaml"), stdout());
    assertTrue(stdout().lines().anyMatch(l -> l.startsWith("v1/store.yaml") && l.trim().endsWith(" 2          14")), stdout());
    assertTrue(stdout().lines().anyMatch(l -> l.startsWith("total (7 documents)") && l.trim().endsWith("42")), stdout());
  }
}
