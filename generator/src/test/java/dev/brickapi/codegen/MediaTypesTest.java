package dev.brickapi.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.codegen.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the generator says about the media types it uses and those it leaves aside. */
class MediaTypesTest {

  @TempDir Path tmp;

  private GenerationResult generate(String paths) throws IOException {
    Path spec = tmp.resolve("api.yaml");
    Files.writeString(spec, "openapi: 3.0.3\ninfo: {title: T, version: '1'}\ntags: [{name: Things, description: T.}]\n"
        + "paths:\n" + paths);
    return Generator.generate(GeneratorConfig.builder().spec(spec).basePackage("p.q").build());
  }

  private static List<String> problems(GenerationResult result) {
    return result.problems().stream().map(Problem::format).toList();
  }

  @Test
  void mediaTypesLeftAsideAreWarnedAtTheContentAndCountedInTheSummary() throws IOException {
    GenerationResult result = generate("""
          /things:
            post:
              tags: [Things]
              operationId: addThing
              requestBody:
                content:
                  text/plain: {schema: {type: string}}
                  application/json: {schema: {type: object, properties: {a: {type: string}}}}
              responses:
                '200':
                  description: The thing.
                  content:
                    application/xml: {schema: {type: string}}
                    image/png: {schema: {type: string, format: binary}}
                    application/vnd.thing+json: {schema: {type: object, properties: {a: {type: string}}}}
        """);
    assertEquals(List.of(
        "warning: api.yaml:10 #/paths/~1things/post/requestBody/content: media type text/plain left aside: the client "
            + "uses application/json (the client uses one media type per body, by the order of docs/generator.md "
            + "(\"Media types\"); drop the others from the spec to silence this)",
        "warning: api.yaml:16 #/paths/~1things/post/responses/200/content: media types application/xml, image/png left "
            + "aside: the client uses application/vnd.thing+json (the client uses one media type per body, by the order "
            + "of docs/generator.md (\"Media types\"); drop the others from the spec to silence this)"),
        problems(result));
    assertTrue(result.summary().endsWith("; 3 media types left aside (see the warnings)"), result.summary());
  }

  @Test
  void encodingsTheClientDoesNotApplyAreWarnedWhereTheyAre() throws IOException {
    GenerationResult result = generate("""
          /things:
            post:
              tags: [Things]
              operationId: addThing
              requestBody:
                content:
                  application/x-www-form-urlencoded:
                    schema: {type: object, properties: {a: {type: object, properties: {b: {type: string}}}}}
                    encoding:
                      a: {contentType: application/json}
              responses:
                '204': {description: Added.}
          /files:
            post:
              tags: [Things]
              operationId: addFile
              requestBody:
                content:
                  multipart/form-data:
                    schema: {type: object, properties: {f: {type: string, format: binary}}}
                    encoding:
                      f: {contentType: image/png}
              responses:
                '204': {description: Added.}
        """);
    assertTrue(result.ok(), problems(result).toString());
    assertEquals(List.of(
        "warning: api.yaml:14 #/paths/~1things/post/requestBody/content/application~1x-www-form-urlencoded/encoding/a/"
            + "contentType: the content type of form field 'a' is not applied: it is sent as the form sends its style "
            + "(drop contentType, or send the field as a string the caller encodes)",
        "warning: api.yaml:25 #/paths/~1files/post/requestBody/content/multipart~1form-data/encoding: the encoding of "
            + "multipart parts f is not applied (the client sends binary parts as application/octet-stream files and "
            + "the others as text or JSON)"),
        problems(result));
  }

  @Test
  void anImageInXmlIsBytesAndXmlAloneIsRefused() throws IOException {
    GenerationResult result = generate("""
          /swatch:
            get:
              tags: [Things]
              operationId: getSwatch
              responses:
                '200':
                  description: The swatch.
                  content:
                    image/svg+xml: {schema: {type: string}}
          /feed:
            get:
              tags: [Things]
              operationId: getFeed
              responses:
                '200':
                  description: The feed.
                  content:
                    application/atom+xml: {schema: {type: string}}
        """);
    assertEquals(List.of("api.yaml:21 #/paths/~1feed/get/responses/200/content: unsupported construct: media type "
        + "application/atom+xml (offer JSON, a form, text or bytes next to it: application/json, "
        + "application/x-www-form-urlencoded, multipart/form-data, text/plain or application/octet-stream)"),
        problems(result));
  }
}
