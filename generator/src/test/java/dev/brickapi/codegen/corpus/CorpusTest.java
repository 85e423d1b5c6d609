package dev.brickapi.codegen.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.brickapi.codegen.GenerationResult;
import dev.brickapi.codegen.Generator;
import dev.brickapi.codegen.GeneratorConfig;
import dev.brickapi.codegen.InMemoryCompiler;
import dev.brickapi.codegen.TestPaths;
import dev.brickapi.codegen.generated.GeneratedClients;
import dev.brickapi.codegen.generated.LoopbackServer;
import dev.brickapi.codegen.problem.Problem;
import dev.brickapi.runtime.json.JsonCodec;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real-world corpus (issue 19): every public OpenAPI 3.0 document under {@code corpus/} is generated in
 * process, compiled with {@code --release 11} against Feign, Jackson and the runtime, and called once through its
 * generated service against a loopback server, as {@code corpus/calls.json} describes. The descriptor says which
 * documents are expected to pass today; the test prints what happened to each and fails when a document does
 * other than expected, including a refused one that now passes (so the descriptor is kept true). The large
 * documents are left out with {@code -Dbrickapi.corpus.large=false}.
 */
class CorpusTest {

  private static final String BASE_PACKAGE = "com.example.corpus";
  private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
      "trace");

  /** JSON trees are equal when their numbers are, whatever Java type holds them (2 as int or long). */
  private static final Comparator<JsonNode> SAME_NUMBERS = (a, b) -> a.isNumber() && b.isNumber()
      ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

  private final ObjectMapper mapper = JsonCodec.newMapper();

  /** Writes a decoded answer back with its read-only fields too, which the models never send. */
  private final ObjectMapper writeBack = JsonCodec.newMapper().setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
    @Override
    public JsonProperty.Access findPropertyAccess(Annotated member) {
      return JsonProperty.Access.AUTO;
    }
  });

  @TempDir
  Path tmp;

  /** How far a document got: refused by the generator, generated, compiled, or called as described. */
  enum Stage { REFUSED, GENERATED, COMPILED, CALLED }

  record Outcome(CorpusCase corpusCase, int operations, Stage stage, String detail, long millis) {

    /** What is not as the descriptor expects, or null when all is. */
    String mismatch() {
      String doc = corpusCase.document();
      if (stage == Stage.GENERATED) {
        return doc + ": the generator took it but its Java does not compile: " + detail;
      }
      if (corpusCase.expected() == CorpusCase.Expected.PASS) {
        return stage == Stage.CALLED ? null : doc + " is expected to pass but was " + stage + ": " + detail;
      }
      if (stage == Stage.CALLED) {
        return doc + " is marked refused but now generates, compiles and answers its call: mark it pass in "
            + "corpus/calls.json";
      }
      if (stage == Stage.COMPILED) {
        return doc + " is marked refused but now generates and compiles; its call failed: " + detail
            + " (mend the call in corpus/calls.json and mark it pass)";
      }
      return detail.startsWith("unclear refusal") ? doc + ": " + detail : null;
    }
  }

  @Test
  void everyDocumentGeneratesCompilesAndAnswersItsCallAsItsDescriptorSays() throws IOException {
    Path corpus = TestPaths.resources().resolve("corpus");
    List<CorpusCase> cases = CorpusCase.read(corpus.resolve("calls.json"), mapper);
    assertEquals(documentsIn(corpus), cases.stream().map(CorpusCase::document).collect(Collectors.toCollection(TreeSet::new)),
        "corpus/calls.json describes every document of corpus/ once");
    boolean large = Boolean.getBoolean("brickapi.corpus.large");
    List<Outcome> outcomes = new ArrayList<>();
    int skipped = 0;
    for (CorpusCase c : cases) {
      if (c.large() && !large) {
        skipped++;
      } else {
        outcomes.add(run(corpus, c));
      }
    }
    System.out.println(report(outcomes, skipped));
    List<String> wrong = outcomes.stream().map(Outcome::mismatch).filter(Objects::nonNull).toList();
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  private static Set<String> documentsIn(Path corpus) throws IOException {
    try (Stream<Path> files = Files.list(corpus)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.equals("calls.json"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private Outcome run(Path corpus, CorpusCase c) throws IOException {
    long start = System.nanoTime();
    Path document = corpus.resolve(c.document());
    int operations = operations(document);
    GenerationResult result = Generator.generate(GeneratorConfig.builder().spec(document).basePackage(BASE_PACKAGE)
        .docs(false).build());
    if (!result.ok()) {
      return new Outcome(c, operations, Stage.REFUSED, refusal(result.errors()), since(start));
    }
    Path classes = tmp.resolve(c.document().replace('.', '_'));
    // Real documents deprecate schemas that other schemas still use; the uses compile with javac's deprecation
    // warnings (only its summary note is left with them off), which are left to the code that calls them.
    String diagnostics = InMemoryCompiler.compile(result.files(), classes, List.of("-Xlint:-deprecation")).lines()
        .filter(l -> !l.startsWith("Note: "))
        .collect(java.util.stream.Collectors.joining("\n"));
    if (!diagnostics.isEmpty()) {
      return new Outcome(c, operations, Stage.GENERATED, firstDiagnostic(diagnostics), since(start));
    }
    String failure = call(c.call(), classes);
    return new Outcome(c, operations, failure == null ? Stage.CALLED : Stage.COMPILED,
        failure == null ? c.call().service() + "." + c.call().method() : failure, since(start));
  }

  /** The first error and how many there are; every refusal must say in which file and where. */
  private static String refusal(List<Problem> errors) {
    List<Problem> unclear = errors.stream().filter(p -> p.file().isEmpty() || p.pointer().isEmpty()).toList();
    if (!unclear.isEmpty()) {
      return "unclear refusal (no file or JSON pointer): " + unclear.get(0).format();
    }
    return errors.size() + " error" + (errors.size() == 1 ? "" : "s") + ", first: " + errors.get(0).format();
  }

  private static String firstDiagnostic(String diagnostics) {
    return diagnostics.lines().filter(l -> l.contains("error:") || l.contains("warning:")).findFirst()
        .orElse(diagnostics.strip());
  }

  /** Makes the described call; returns what went wrong, or null when the wire and the answer are as described. */
  private String call(CorpusCase.Call call, Path classes) throws IOException {
    try (LoopbackServer server = new LoopbackServer();
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      server.json(call.status(), mapper.writeValueAsString(call.answer()));
      Object answer = new ReflectiveCall(loader, mapper).call(BASE_PACKAGE + "." + call.service(), call.method(),
          call.parameterTypes(), call.arguments(), GeneratedClients.workspace(server.url()));
      List<LoopbackServer.Recorded> sent = server.requests();
      if (sent.size() != 1) {
        return "expected one request, the server saw " + sent.size();
      }
      LoopbackServer.Recorded request = sent.get(0);
      String wire = request.method() + " " + request.pathAndQuery();
      if (!wire.equals(call.httpMethod() + " " + call.pathAndQuery())) {
        return "sent " + wire + ", expected " + call.httpMethod() + " " + call.pathAndQuery();
      }
      if (call.requestBody() != null && !call.requestBody().equals(mapper.readTree(request.body()))) {
        return "sent the body " + new String(request.body(), StandardCharsets.UTF_8) + ", expected " + call.requestBody();
      }
      JsonNode decoded = answer == null ? NullNode.getInstance() : writeBack.valueToTree(answer);
      if (!call.expectedDecoded().equals(SAME_NUMBERS, decoded)) {
        return "decoded the answer as " + decoded + ", expected " + call.expectedDecoded();
      }
      return null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return "the call failed: " + e;
    }
  }

  private int operations(Path document) throws IOException {
    int count = 0;
    for (JsonNode item : mapper.readTree(document.toFile()).path("paths")) {
      for (var names = item.fieldNames(); names.hasNext(); ) {
        count += HTTP_METHODS.contains(names.next()) ? 1 : 0;
      }
    }
    return count;
  }

  private static long since(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static String report(List<Outcome> outcomes, int skipped) {
    StringBuilder out = new StringBuilder();
    for (Outcome o : outcomes) {
      out.append(String.format("corpus: %-38s %4d operations  %-9s %6d ms  %s%n", o.corpusCase().document(),
          o.operations(), o.stage(), o.millis(), o.detail()));
    }
    long compiled = outcomes.stream().filter(o -> o.stage().compareTo(Stage.COMPILED) >= 0).count();
    long called = outcomes.stream().filter(o -> o.stage() == Stage.CALLED).count();
    out.append("corpus: ").append(outcomes.size()).append(" documents, ")
        .append(outcomes.stream().mapToInt(Outcome::operations).sum()).append(" operations, generated+compiled ")
        .append(compiled).append(", calls ").append(called);
    if (skipped > 0) {
      out.append(" (").append(skipped).append(" large documents left out by -Dbrickapi.corpus.large=false)");
    }
    return out.toString();
  }
}
