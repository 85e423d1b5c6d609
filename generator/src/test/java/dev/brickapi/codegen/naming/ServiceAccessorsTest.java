package dev.brickapi.codegen.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.codegen.GenerationResult;
import dev.brickapi.codegen.Generator;
import dev.brickapi.codegen.GeneratorConfig;
import dev.brickapi.codegen.problem.Problem;
import dev.brickapi.codegen.write.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the specs name the accessors of WorkspaceServices and AccountServices. */
class ServiceAccessorsTest {

  @TempDir
  Path tmp;

  /** A document with one operation for each tag; {@code top} goes to the top level, {@code tagExtra} into each tag. */
  private void document(String name, String top, String tagExtra, String... tags) throws IOException {
    StringBuilder s = new StringBuilder("openapi: 3.0.3\ninfo: {title: T, version: '1'}\n" + top + "\ntags:\n");
    for (String t : tags) {
      s.append("  - name: ").append(t).append("\n    description: ").append(t).append(".\n")
          .append(tagExtra.isEmpty() ? "" : "    " + tagExtra + "\n");
    }
    s.append("paths:\n");
    for (String t : tags) {
      s.append("  /").append(name.replaceAll("\\W", "")).append("/").append(t).append(":\n    get:\n      tags: [")
          .append(t).append("]\n      operationId: list").append(t).append("\n      responses:\n        '200': {description: Ok.}\n");
    }
    Path file = tmp.resolve("specs").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, s.toString());
  }

  private GenerationResult generate() {
    return Generator.generate(GeneratorConfig.builder().spec(tmp.resolve("specs")).basePackage("p.q").docs(false).build());
  }

  private static List<String> accessors(GenerationResult result, String index) {
    String src = result.files().files().stream().filter(f -> f.path().endsWith(index + ".java"))
        .map(GeneratedFile::content).findFirst().orElseThrow();
    Matcher m = Pattern.compile("public \\S+ (\\w+)\\(\\) \\{").matcher(src);
    List<String> names = new java.util.ArrayList<>();
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static List<String> problems(GenerationResult result) {
    return result.problems().stream().map(Problem::format).toList();
  }

  @Test
  void newestVersionKeepsThePlainNameAndOlderOnesTheirVersion() throws IOException {
    document("2.2/jobs.yaml", "x-brickapi-package: jobs.v22", "", "Jobs");
    document("2.1/jobs.yaml", "x-brickapi-package: jobs.v21", "", "Jobs");
    document("2.0/jobs.yaml", "x-brickapi-package: jobs.v20", "", "Jobs");
    GenerationResult result = generate();
    assertTrue(result.ok(), problems(result).toString());
    assertEquals(List.of("jobs", "jobsV20", "jobsV21"), accessors(result, "WorkspaceServices"));
  }

  @Test
  void declaredAccessorIsTakenAsWrittenAndThePrefixGoesBeforeTheOthers() throws IOException {
    document("2.0/mlflow.yaml", "x-brickapi-package: mlflow.v20\nx-brickapi-accessor-prefix: mlflow", "", "Runs",
        "ModelVersions");
    document("2.0/groups.yaml", "", "x-brickapi-accessor: groupsLegacy", "Groups");
    document("2.0/scim.yaml", "x-brickapi-package: scim.v20", "", "Groups");
    document("2.0/account.yaml", "x-brickapi-scope: account\nx-brickapi-package: account.v20",
        "x-brickapi-accessor: groups", "AccountGroups");
    GenerationResult result = generate();
    assertTrue(result.ok(), problems(result).toString());
    assertEquals(List.of("groups", "groupsLegacy", "mlflowModelVersions", "mlflowRuns"), accessors(result, "WorkspaceServices"));
    assertEquals(List.of("groups"), accessors(result, "AccountServices"));
  }

  @Test
  void twoServicesOfOneVersionWithOneDerivedNameGetAFreeOneWithAWarning() throws IOException {
    document("2.0/groups.yaml", "x-brickapi-package: groups.v20", "", "Groups");
    document("2.0/scim.yaml", "x-brickapi-package: scim.v20", "", "Groups");
    GenerationResult result = generate();
    assertTrue(result.ok(), problems(result).toString());
    assertEquals(List.of("warning: 2.0/scim.yaml:5 #/tags/0: the accessor 'groups()' of tag 'Groups' is the one of tag"
        + " 'Groups' (2.0/groups.yaml#/tags/0); it is 'groupsApi()' (choose another with x-brickapi-accessor on the tag"
        + " (specs/README.md))"), problems(result));
    assertEquals(List.of("groups", "groupsApi"), accessors(result, "WorkspaceServices"));
  }

  @Test
  void derivedAccessorThatEveryIndexHasGetsAFreeOneWithAWarning() throws IOException {
    document("2.0/config.yaml", "", "", "Config");
    document("2.0/more.yaml", "", "", "ConfigApi");
    GenerationResult result = generate();
    assertTrue(result.ok(), problems(result).toString());
    assertEquals(List.of("warning: 2.0/config.yaml:5 #/tags/0: the accessor 'config()' of tag 'Config' is a method"
        + " every service index already has; it is 'configApi2()' (choose another with x-brickapi-accessor on the tag"
        + " (specs/README.md))"), problems(result));
    assertEquals(List.of("configApi", "configApi2"), accessors(result, "WorkspaceServices"));
  }

  @Test
  void accessorThatEveryIndexHasIsReported() throws IOException {
    document("2.0/things.yaml", "", "x-brickapi-accessor: hashCode", "Things");
    GenerationResult result = generate();
    assertEquals(List.of("2.0/things.yaml:7 #/tags/0/x-brickapi-accessor: the accessor 'hashCode()' of tag 'Things' is a"
        + " method every service index already has (give the tag another x-brickapi-accessor)"), problems(result));
  }
}
