package dev.brickapi.it.wire;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
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
import dev.brickapi.runtime.ApiClient;
import dev.brickapi.runtime.Config;
import dev.brickapi.runtime.json.JsonCodec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays one pair: a loopback server (WireMock) answers the fixture's response to any request, the same call is
 * made through {@code WorkspaceClient}/{@code AccountClient} ({@link FacadeCall}), and the request on the wire must
 * be the fixture's (method, path, query parameters as a multiset, JSON body by meaning) and the response must decode
 * into the generated type and encode back to the fixture's JSON. The account clients use the account id of the
 * fixture's path.
 */
final class WireReplay implements AutoCloseable {

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

  private final ClientModel model;
  private final WireMockServer server;
  private final ApiClient workspace;
  private final Map<String, ApiClient> accounts = new HashMap<>();

  WireReplay(ClientModel model) {
    this.model = model;
    this.server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    this.workspace = new WorkspaceClient(config().build()).client();
  }

  private Config.Builder config() {
    return Config.builder()
        .host(server.baseUrl())
        .token("wire-corpus-token")
        .allowInsecureLoopback(true)
        .environment(Map.of())
        .home(Path.of("target", "no-home"))
        .retryDeadline(Duration.ofSeconds(5));
  }

  private ApiClient account(String accountId) {
    return accounts.computeIfAbsent(accountId, id -> new AccountClient(config().accountId(id).build()).client());
  }

  /**
   * Replays the pair: null when it is exact on the wire, or why it cannot be replayed (a fixture placeholder, an
   * endpoint no spec has); an {@link AssertionError} saying what differs otherwise.
   */
  String replay(WirePair pair) throws Throwable {
    String placeholder = Placeholders.find(pair);
    if (placeholder != null) {
      return "fixture placeholder " + placeholder;
    }
    ClientModel.Found found = model.find(pair.method(), pair.rawPath());
    if (found == null) {
      return "no operation " + pair.method() + " " + pair.path() + " in the specs, nor in the reference"
          + " (spec-coverage counts every reference operation)";
    }
    server.resetAll();
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(pair.status())
        .withHeader("Content-Type", "application/json")
        .withBody(pair.response() == null ? "{}" : MAPPER.writeValueAsString(pair.response()))));
    FacadeCall call = new FacadeCall(model, found);
    ApiClient client = found.service().document().account()
        ? account(found.pathValues().getOrDefault("account_id", "no-account-id")) : workspace;
    Object result = call.invoke(client, pair);
    checkRequest(pair);
    checkResponse(pair, found, call, result);
    return null;
  }

  private void checkRequest(WirePair pair) throws Exception {
    List<LoggedRequest> sent = server.findAll(anyRequestedFor(anyUrl()));
    assertEquals(1, sent.size(), "requests sent for one call");
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
  }

  private static void checkResponse(WirePair pair, ClientModel.Found found, FacadeCall call, Object result)
      throws Exception {
    JsonNode answered = JsonSame.orEmpty(pair.response());
    if (!call.answers()) {
      if (answered.size() > 0) {
        throw new AssertionError(found + " declares no response, the fixture answers " + answered);
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

  @Override
  public void close() {
    server.stop();
  }
}
