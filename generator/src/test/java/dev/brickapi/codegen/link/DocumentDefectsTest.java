package dev.brickapi.codegen.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.codegen.GenerationResult;
import dev.brickapi.codegen.Generator;
import dev.brickapi.codegen.GeneratorConfig;
import dev.brickapi.codegen.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defects of a document that the generator can work around are warnings with file and pointer, and the run
 * still generates: a duplicate enum value, a default its enum does not list, a discriminator mapping that
 * reaches nothing, a discriminator that selects no variant.
 */
class DocumentDefectsTest {

  @TempDir
  Path tmp;

  private static final String HEAD = """
      openapi: 3.0.3
      info: {title: Defects, version: "1"}
      tags: [{name: Pets, description: Pets.}]
      paths:
        /pets:
          get:
            tags: [Pets]
            operationId: getPet
            responses:
              '200':
                description: A pet.
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Pet'}
      components:
        schemas:
      """;

  private List<Problem> warnings(String schemas) throws IOException {
    Path spec = tmp.resolve("api.yaml");
    Files.writeString(spec, HEAD + schemas.indent(4));
    GenerationResult result = Generator.generate(GeneratorConfig.builder().spec(spec).basePackage("p.q").build());
    assertTrue(result.ok(), result.problems().toString());
    return result.problems().stream().filter(p -> !p.isError()).toList();
  }

  @Test
  void duplicateEnumValueIsOneConstantAndAWarning() throws IOException {
    List<Problem> warnings = warnings("""
        Pet:
          type: object
          properties:
            exchange: {type: string, enum: [AC, AD, AC]}
        """);
    assertEquals(1, warnings.size(), warnings.toString());
    assertEquals("/components/schemas/Pet/properties/exchange/enum", warnings.get(0).pointer());
    assertTrue(warnings.get(0).message().contains("'AC' is listed twice"), warnings.get(0).format());
  }

  @Test
  void defaultOutsideItsEnumIsReportedAtTheDefault() throws IOException {
    List<Problem> warnings = warnings("""
        Pet:
          type: object
          properties:
            size: {type: string, enum: [small, large], default: medium}
            color: {allOf: [{$ref: '#/components/schemas/Color'}], default: purple}
        Color: {type: string, enum: [red, blue]}
        """);
    assertEquals(List.of("/components/schemas/Pet/properties/color/default",
        "/components/schemas/Pet/properties/size/default"), warnings.stream().map(Problem::pointer).sorted().toList());
    assertTrue(warnings.stream().allMatch(w -> w.message().contains("is not one of the")), warnings.toString());
    assertTrue(warnings.stream().anyMatch(w -> w.hint().contains("[red, blue]")), warnings.toString());
  }

  @Test
  void mappingToNothingIsAWarningAtTheEntryAndTheOtherTagsStillWork() throws IOException {
    List<Problem> warnings = warnings("""
        Pet:
          oneOf: [{$ref: '#/components/schemas/Cat'}]
          discriminator:
            propertyName: kind
            mapping:
              cat: '#/components/schemas/Cat'
              dog: '#/components/schemas/Dog'
        Cat:
          type: object
          properties:
            kind: {type: string}
        """);
    assertEquals(1, warnings.size(), warnings.toString());
    assertEquals("/components/schemas/Pet/discriminator/mapping/dog", warnings.get(0).pointer());
    assertTrue(warnings.get(0).message().contains("'#/components/schemas/Dog', which does not exist"),
        warnings.get(0).format());
  }

  @Test
  void discriminatorThatSelectsNoVariantFallsBackToTheShape() throws IOException {
    List<Problem> warnings = warnings("""
        Pet:
          oneOf:
            - type: object
              properties: {kind: {type: string}, meows: {type: boolean}}
          discriminator: {propertyName: kind}
        """);
    assertEquals(1, warnings.size(), warnings.toString());
    assertEquals("/components/schemas/Pet/oneOf/0", warnings.get(0).pointer());
    assertTrue(warnings.get(0).message().contains("told apart by their shape"), warnings.get(0).format());
  }
}
