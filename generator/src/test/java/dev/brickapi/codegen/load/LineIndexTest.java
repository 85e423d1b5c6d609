package dev.brickapi.codegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineIndexTest {

  private static final String DOC = String.join("\n",
      "openapi: 3.0.3",
      "paths:",
      "  /a/b:",
      "    get:",
      "      parameters:",
      "        - name: x",
      "          in: query",
      "components:",
      "  schemas:",
      "    A:",
      "      $ref: 'other.yaml#/components/schemas/B'",
      "");

  @Test
  void pointersMapToTheLineOfTheirKey() {
    LineIndex index = LineIndex.of(DOC);
    assertEquals(3, index.lineOf("/paths/~1a~1b"));
    assertEquals(4, index.lineOf("/paths/~1a~1b/get"));
    assertEquals(6, index.lineOf("/paths/~1a~1b/get/parameters/0"));
    assertEquals(7, index.lineOf("/paths/~1a~1b/get/parameters/0/in"));
    assertEquals(10, index.lineOf("/components/schemas/A"));
  }

  @Test
  void unknownPointerFallsBackToTheNearestAncestor() {
    LineIndex index = LineIndex.of(DOC);
    assertEquals(10, index.lineOf("/components/schemas/A/properties/zzz"));
  }

  @Test
  void collectsReferencesAndTopLevelScalars() {
    LineIndex index = LineIndex.of(DOC);
    assertTrue(index.refs().contains("other.yaml#/components/schemas/B"));
    assertEquals("3.0.3", index.topLevel("openapi"));
  }

  @Test
  void lazyIndexScansReferencesAndVersionWithoutParsing() {
    LineIndex yaml = LineIndex.lazy(DOC);
    assertTrue(yaml.refs().contains("other.yaml#/components/schemas/B"));
    assertEquals("3.0.3", yaml.topLevel("openapi"));
    assertEquals(7, yaml.lineOf("/paths/~1a~1b/get/parameters/0/in"));
    LineIndex json = LineIndex.lazy("{\n  \"openapi\": \"3.0.1\",\n  \"x\": {\"$ref\": \"b.json#/components/schemas/C\"}\n}");
    assertEquals("3.0.1", json.topLevel("openapi"));
    assertTrue(json.refs().contains("b.json#/components/schemas/C"));
    assertEquals(3, json.lineOf("/x"));
  }
}
