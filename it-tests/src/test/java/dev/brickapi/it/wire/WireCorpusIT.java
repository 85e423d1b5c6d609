package dev.brickapi.it.wire;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.brickapi.client.AccountClient;
import dev.brickapi.client.WorkspaceClient;
import dev.brickapi.mock.SpecIndex;
import dev.brickapi.runtime.ApiClient;
import dev.brickapi.runtime.Config;
import dev.brickapi.runtime.json.JsonCodec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the wire corpus ({@link WireCorpus}): for each pair a loopback server answers the fixture's response,
 * the same call is made through {@code WorkspaceClient}/{@code AccountClient} (the facade's request form, built from
 * the fixture's request), and the test asserts that the request on the wire is the fixture's (method, path, query
 * parameters as a multiset, JSON body by meaning) and that the response decodes into the generated type and encodes
 * back to the fixture's JSON. Prints {@code wire corpus: N pairs, P pass, S skipped} and every skipped pair with
 * its reason.
 */
class WireCorpusIT {

  private static final ObjectMapper MAPPER = JsonCodec.newMapper();
  /**
   * The client's codec, but writing read-only properties too: the client decodes them and never sends them back
   * (by design), and the round trip must show that they were decoded.
   */
  private static final ObjectMapper EVERYTHING = JsonCodec.newMapper()
      .setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
        @Override
        public JsonProperty.Access findPropertyAccess(Annotated member) {
          return JsonProperty.Access.AUTO;
        }
      });
  private static WireMockServer server;
  private static ClientModel model;
  private static ApiClient workspace;
  private static final Map<String, ApiClient> accounts = new HashMap<>();
  private static final List<String> passed = new ArrayList<>();
  private static final Map<String, String> skipped = new LinkedHashMap<>();
  private static final Map<String, String> failed = new LinkedHashMap<>();

  @BeforeAll
  static void start() {
    server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    model = ClientModel.load(SpecIndex.defaultSpecs());
    workspace = new WorkspaceClient(config().build()).client();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static Config.Builder config() {
    return Config.builder()
        .host(server.baseUrl())
        .token("wire-corpus-token")
        .allowInsecureLoopback(true)
        .environment(Map.of())
        .home(Path.of("target", "no-home"))
        .retryDeadline(Duration.ofSeconds(5));
  }

  private static ApiClient account(String accountId) {
    return accounts.computeIfAbsent(accountId, id -> new AccountClient(config().accountId(id).build()).client());
  }

  @TestFactory
  Stream<DynamicTest> everyPair() {
    List<WirePair> pairs = WireCorpus.load();
    Stream<DynamicTest> each = pairs.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> replay(p)));
    DynamicTest summary = DynamicTest.dynamicTest("summary", () -> {
      System.out.println("wire corpus: " + pairs.size() + " pairs, " + passed.size() + " pass, " + skipped.size()
          + " skipped");
      skipped.forEach((pair, why) -> System.out.println("  skipped " + pair + ": " + why));
      failed.forEach((pair, why) -> System.out.println("  FAILED " + pair + ": " + why));
      assertEquals(List.of(), List.copyOf(failed.keySet()), "pairs that are not exact on the wire");
    });
    return Stream.concat(each, Stream.of(summary));
  }

  private void replay(WirePair pair) throws Throwable {
    String placeholder = Placeholders.find(pair);
    ClientModel.Found found = model.find(pair.method(), pair.path());
    if (placeholder != null || found == null) {
      skipped.put(pair.toString(), placeholder != null ? "fixture placeholder " + placeholder
          : "no operation " + pair.method() + " " + pair.path() + " in the specs, nor in the reference"
              + " (spec-coverage counts every reference operation)");
      return;
    }
    try {
      check(pair, found);
      passed.add(pair.toString());
    } catch (Throwable t) {
      failed.put(pair.toString(), t.getMessage());
      throw t;
    }
  }

  private void check(WirePair pair, ClientModel.Found found) throws Throwable {
    server.resetAll();
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(pair.status())
        .withHeader("Content-Type", "application/json")
        .withBody(pair.response() == null ? "{}" : MAPPER.writeValueAsString(pair.response()))));
    FacadeCall call = new FacadeCall(model, found);
    ApiClient client = found.service().document().account()
        ? account(found.spec().pathValues(pair.rawPath()).getOrDefault("account_id", "no-account-id"))
        : workspace;
    Object result = call.invoke(client, pair);

    List<LoggedRequest> sent = server.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl()));
    assertEquals(1, sent.size(), "requests sent for one call: " + sent.size());
    LoggedRequest request = sent.get(0);
    assertEquals(pair.method(), request.getMethod().getName(), "method");
    String url = request.getUrl();
    int q = url.indexOf('?');
    assertEquals(pair.path(), WirePair.decode(q < 0 ? url : url.substring(0, q)), "path");
    assertEquals(multiset(pair.query()), multiset(WirePair.parseQuery(q < 0 ? "" : url.substring(q + 1))),
        "query parameters");
    String body = request.getBodyAsString();
    JsonNode sentBody = body == null || body.isEmpty() ? null : MAPPER.readTree(body);
    if (!JsonSame.same(pair.request(), sentBody)) {
      throw new AssertionError("request body: expected " + JsonSame.orEmpty(pair.request()) + " but sent " + body);
    }

    JsonNode answered = JsonSame.orEmpty(pair.response());
    if (!call.answers()) {
      if (answered.size() > 0) {
        throw new AssertionError(found.spec() + " declares no response, the fixture answers " + answered);
      }
      return;
    }
    JsonNode decoded = EVERYTHING.readTree(EVERYTHING.writeValueAsString(result));
    if (!JsonSame.same(answered, decoded)) {
      throw new AssertionError("response round trip: answered " + answered + " but decoded and encoded " + decoded);
    }
  }

  private static List<String> multiset(Map<String, List<String>> query) {
    List<String> out = new ArrayList<>();
    query.forEach((k, vs) -> vs.forEach(v -> out.add(k + "=" + v)));
    out.sort(null);
    return out;
  }
}
