package dev.brickapi.codegen.ext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.codegen.GenerationResult;
import dev.brickapi.codegen.Generator;
import dev.brickapi.codegen.GeneratorConfig;
import dev.brickapi.codegen.write.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the extensions read through the registry turn into in generated code. */
class ExtensionEmissionTest {

  @TempDir
  Path tmp;

  private static final String SPEC = """
      openapi: 3.0.3
      info: {title: Statements, version: '2.0'}
      SCOPE
      tags:
        - {name: Statements, description: SQL statements.}
      paths:
        /api/2.0/statements/{statement_id}/cancel:
          post:
            tags: [Statements]
            operationId: cancelStatement
            IDEMPOTENT
            parameters:
              - {name: statement_id, in: path, required: true, schema: {type: string}}
            responses:
              '200': {description: Cancelled.}
        /api/2.0/statements:
          post:
            tags: [Statements]
            operationId: executeStatement
            responses:
              '200': {description: Started.}
      """;

  private GenerationResult generate(String scope, String idempotent) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("specs"));
    Files.writeString(dir.resolve("statements.yaml"), SPEC.replace("SCOPE", scope).replace("IDEMPOTENT", idempotent));
    return Generator.generate(GeneratorConfig.builder().spec(dir).basePackage("p.q").docs(false).build());
  }

  private static String file(GenerationResult result, String suffix) {
    return result.files().files().stream().filter(f -> f.path().endsWith(suffix)).map(GeneratedFile::content).findFirst().orElseThrow();
  }

  @Test
  void idempotentOperationGetsTheRuntimeAnnotationOnItsFeignMethod() throws IOException {
    GenerationResult result = generate("", "x-brickapi-idempotent: true");
    assertTrue(result.ok(), result.problems().toString());
    String api = file(result, "StatementsApi.java");
    assertTrue(api.contains("@RequestLine(\"POST /api/2.0/statements/{statementId}/cancel\")\n        @Idempotent\n"
        + "        void cancelStatement(@Param(\"statementId\") String statementId);\n"), api);
    assertTrue(api.contains("import dev.brickapi.runtime.http.Idempotent;"), api);
    assertEquals(1, api.split("@Idempotent", -1).length - 1, "only the marked operation: " + api);
  }

  @Test
  void idempotentFalseAddsNothing() throws IOException {
    GenerationResult result = generate("", "x-brickapi-idempotent: false");
    assertTrue(result.ok(), result.problems().toString());
    assertFalse(file(result, "StatementsApi.java").contains("Idempotent"));
  }

  @Test
  void workspaceScopeIsAcceptedAndMeansTheDefault() throws IOException {
    GenerationResult workspace = generate("x-brickapi-scope: workspace", "");
    GenerationResult account = generate("x-brickapi-scope: account", "");
    assertTrue(workspace.ok(), workspace.problems().toString());
    assertTrue(account.ok(), account.problems().toString());
    assertTrue(file(workspace, "WorkspaceServices.java").contains("statements()"));
    assertTrue(file(account, "AccountServices.java").contains("statements()"));
  }
}
