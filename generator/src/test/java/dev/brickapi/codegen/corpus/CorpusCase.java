package dev.brickapi.codegen.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One document of the corpus as {@code corpus/calls.json} describes it: whether the generator is expected to
 * take it today, whether it is large (left out with {@code -Dbrickapi.corpus.large=false}), and the one call the smoke test
 * makes through its generated service.
 *
 * @param document the file name under {@code corpus/}
 * @param expected {@code pass} (generates, compiles and answers its call) or {@code refused} (generation
 *     reports errors)
 * @param large whether {@code -Dbrickapi.corpus.large=false} leaves it out
 * @param call the smoke call
 */
record CorpusCase(String document, Expected expected, boolean large, Call call) {

  enum Expected { PASS, REFUSED }

  /**
   * A call through a generated service and what must go over the wire.
   *
   * @param service the service class below the base package ({@code apisguru.ApIsApi})
   * @param method its method
   * @param parameterTypes the simple names of its parameter types, to choose among overloads; empty when the
   *     name and the number of arguments are enough
   * @param arguments one JSON value per parameter; a JSON object for a request class is applied through its
   *     setters ({@code {"year": 2024}} calls {@code setYear}), any other value is converted by Jackson
   * @param status the canned answer's status
   * @param answer the canned JSON answer
   * @param httpMethod the expected request method
   * @param pathAndQuery the expected raw path and query
   * @param requestBody the expected JSON request body, or null when none is checked
   * @param decoded the expected decoded answer written back as JSON; null for the answer itself
   */
  record Call(String service, String method, List<String> parameterTypes, List<JsonNode> arguments, int status, JsonNode answer,
      String httpMethod, String pathAndQuery, JsonNode requestBody, JsonNode decoded) {

    JsonNode expectedDecoded() {
      return decoded == null ? answer : decoded;
    }
  }

  static List<CorpusCase> read(Path file, ObjectMapper mapper) throws IOException {
    List<CorpusCase> cases = new ArrayList<>();
    for (JsonNode c : mapper.readTree(file.toFile()).path("documents")) {
      JsonNode call = c.path("call");
      JsonNode request = call.path("request");
      List<JsonNode> arguments = new ArrayList<>();
      call.path("arguments").forEach(arguments::add);
      List<String> parameterTypes = new ArrayList<>();
      call.path("parameterTypes").forEach(t -> parameterTypes.add(t.asText()));
      cases.add(new CorpusCase(c.path("document").asText(),
          Expected.valueOf(c.path("expected").asText().toUpperCase(java.util.Locale.ROOT)),
          c.path("large").asBoolean(false),
          new Call(call.path("service").asText(), call.path("method").asText(), List.copyOf(parameterTypes),
              List.copyOf(arguments),
              call.path("status").asInt(200), call.path("answer"), request.path("method").asText(),
              request.path("pathAndQuery").asText(), request.get("body"), call.get("decoded"))));
    }
    return cases;
  }
}
