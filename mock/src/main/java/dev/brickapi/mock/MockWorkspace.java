package dev.brickapi.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Databricks workspace and account host on loopback: WireMock with a stateful fake behind it
 * ({@link WorkspaceFake}: one {@link Fake} per family), every request and every response validated against the specs. Tests add their own
 * stubs on top ({@link #stubFor}); anything that no stub and no fake serves is answered with the example
 * response of its operation (a list's example is its last page) unless {@link Builder#examples(boolean)} is
 * off, then with 404 {@code ENDPOINT_NOT_FOUND}. The OAuth endpoints a workspace serves (token, discovery) are
 * answered too and, being no REST API, not validated.
 *
 * <pre>{@code
 * try (MockWorkspace mock = MockWorkspace.builder().start()) {
 *   String host = mock.baseUrl();      // http://127.0.0.1:PORT
 *   ...
 *   mock.assertNoViolations();
 * }
 * }</pre>
 */
public final class MockWorkspace implements AutoCloseable {

  /** The account id of the account host. */
  public static final String ACCOUNT_ID = "0d3f2a1b-7c4e-4f5a-9b6c-8d7e6f5a4b3c";
  /** The token the mock expects (it accepts any bearer token; this one is handy). */
  public static final String TOKEN = "dapi-mock-0123456789abcdef";
  /** The OAuth client id of the mock's service principal (M2M: {@code Config.Builder.oauthClient}). */
  public static final String CLIENT_ID = "mock-service-principal";
  /** The OAuth client secret of {@link #CLIENT_ID}. */
  public static final String CLIENT_SECRET = "mock-client-secret-0123456789";
  /** Stub metadata key: responses of such stubs are deliberate faults, not validated against the spec. */
  public static final String FAULT = "brickapi-fault";

  private static final String FAKE = "brickapi-fake";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One exchange as the wire shows it (bodies up to 64 KB kept). */
  public static final class Exchange {
    public final String method;
    public final String url;
    public final Map<String, List<String>> headers;
    public final String body;
    public final int status;
    public final String responseBody;

    Exchange(String method, String url, Map<String, List<String>> headers, String body, int status,
        String responseBody) {
      this.method = method;
      this.url = url;
      this.headers = headers;
      this.body = body;
      this.status = status;
      this.responseBody = responseBody;
    }

    @Override
    public String toString() {
      return method + " " + url + " -> " + status;
    }
  }

  public static final class Builder {
    private int port;
    private Path specs;
    private boolean examples = true;
    private boolean validate = true;
    private final List<Pattern> unvalidated = new ArrayList<>(List.of(
        // Probed by the official SDKs; a 404 there is what older workspaces answer, not a contract violation.
        Pattern.compile("/\\.well-known/databricks-config")));

    /** 0 (the default) for any free port. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    public Builder specs(Path specs) {
      this.specs = specs;
      return this;
    }

    /**
     * Answer operations that neither a stub nor the fake serves with their example response (on by default);
     * off, they answer 404 {@code ENDPOINT_NOT_FOUND}.
     */
    public Builder examples(boolean examples) {
      this.examples = examples;
      return this;
    }

    /**
     * Paths, as a regular expression over the whole path, whose exchanges are not validated against the specs:
     * endpoints a client calls that no spec covers (the OAuth ones and {@code /.well-known/databricks-config}
     * are already). A stub or the fake may still answer them; otherwise they answer 404.
     */
    public Builder unvalidated(String pathRegex) {
      unvalidated.add(Pattern.compile(pathRegex));
      return this;
    }

    /** Validate exchanges against the specs (on by default). */
    public Builder validate(boolean validate) {
      this.validate = validate;
      return this;
    }

    public MockWorkspace start() {
      return new MockWorkspace(this);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  private final SpecIndex specs;
  private final ContractValidator validator;
  private final WorkspaceFake fake = new WorkspaceFake();
  private final WireMockServer server;
  private final boolean examples;
  private final boolean validate;
  private final List<Pattern> unvalidated;
  private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
  private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());
  private final List<String> issuedTokens = Collections.synchronizedList(new ArrayList<>());

  private MockWorkspace(Builder b) {
    this.specs = SpecIndex.load(b.specs != null ? b.specs : SpecIndex.defaultSpecs());
    this.validator = new ContractValidator(specs);
    fake.check(specs);
    this.examples = b.examples;
    this.validate = b.validate;
    this.unvalidated = List.copyOf(b.unvalidated);
    WireMockConfiguration config = WireMockConfiguration.options()
        .bindAddress("127.0.0.1")
        .port(b.port)
        .maxRequestJournalEntries(50)
        .notifier(new Slf4jNotifier(false))
        .extensions(new Transformer(), new Listener());
    this.server = new WireMockServer(config);
    server.start();
    installCatchAll();
  }

  private void installCatchAll() {
    server.stubFor(any(anyUrl()).atPriority(Integer.MAX_VALUE - 1)
        .willReturn(aResponse().withTransformers(FAKE)));
  }

  /** {@code http://127.0.0.1:PORT}: the workspace host and the account host alike. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  public int port() {
    return server.port();
  }

  /** The WireMock server, for stubs and verification. */
  public WireMockServer server() {
    return server;
  }

  public SpecIndex specs() {
    return specs;
  }

  /** The volumes of the Files API, for tests that look at what was stored. */
  public FilesFake files() {
    return fake.files();
  }

  public WorkspaceFake fake() {
    return fake;
  }

  /**
   * Adds a stub; it takes precedence over the fake. Its responses are validated against the spec.
   *
   * <p>A WireMock {@link MappingBuilder} is mutable and carries the id of the stub it builds: give each stub a
   * builder of its own (e.g. a {@code Supplier<MappingBuilder>} for a sequence of scenario states), never the
   * same builder twice.
   */
  public StubMapping stubFor(MappingBuilder stub) {
    return add(stub);
  }

  /**
   * Adds a stub whose response is a deliberate fault (HTML, malformed JSON, reset): not validated. The same
   * rule as {@link #stubFor}: one builder per stub.
   */
  public StubMapping stubFault(MappingBuilder stub) {
    return add(stub.withMetadata(Map.of(FAULT, true)));
  }

  private StubMapping add(MappingBuilder stub) {
    try {
      return server.stubFor(stub);
    } catch (com.github.tomakehurst.wiremock.common.InvalidInputException e) {
      throw new IllegalArgumentException("WireMock refused the stub (a MappingBuilder used for a second stub "
          + "keeps the first one's id, scenario and metadata: build a new one per stub): " + e.getMessage(), e);
    }
  }

  /**
   * The access tokens the mock's OAuth token endpoint issued since the last reset, in order. The endpoint
   * ({@code POST /oidc/v1/token}, and {@code /oidc/accounts/{account_id}/v1/token} for the account host) grants
   * {@code client_credentials} to {@link #CLIENT_ID}/{@link #CLIENT_SECRET} (HTTP basic or form), a new token
   * each time, valid for an hour. It is OAuth, not the REST API: no spec covers it, so it is not validated.
   */
  public List<String> issuedTokens() {
    synchronized (issuedTokens) {
      return new ArrayList<>(issuedTokens);
    }
  }

  /** Every exchange since the last reset, in order. */
  public List<Exchange> exchanges() {
    synchronized (exchanges) {
      return new ArrayList<>(exchanges);
    }
  }

  /** The validator's messages for every exchange since the last reset. */
  public List<String> violations() {
    synchronized (violations) {
      return new ArrayList<>(violations);
    }
  }

  /** The violations so far, removed from the mock (for tests that provoke violations on purpose). */
  public List<String> takeViolations() {
    synchronized (violations) {
      List<String> v = new ArrayList<>(violations);
      violations.clear();
      return v;
    }
  }

  /** Fails with the validator's words when any exchange broke the contract; clears them. */
  public void assertNoViolations() {
    List<String> v;
    synchronized (violations) {
      v = new ArrayList<>(violations);
      violations.clear();
    }
    if (!v.isEmpty()) {
      throw new AssertionError(v.size() + " contract violation(s):\n  " + String.join("\n  ", v));
    }
  }

  /** Removes the tests' stubs, the fake's state, the journal, exchanges and violations. */
  public void reset() {
    server.resetAll();
    installCatchAll();
    fake.reset();
    violations.clear();
    exchanges.clear();
    issuedTokens.clear();
  }

  /** Validates one exchange (used for every served request; public for tests of the validator itself). */
  public List<String> validate(String method, String url, Map<String, List<String>> headers, byte[] body,
      Integer status, Map<String, List<String>> responseHeaders, byte[] responseBody) {
    return validator.validate(method, url, headers, body, status, responseHeaders, responseBody);
  }

  /** Stops the server and removes the specs it unpacked. */
  @Override
  public void close() {
    server.stop();
    specs.removeIfUnpacked();
  }

  private static Map<String, List<String>> headers(HttpHeaders headers) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (headers != null) {
      for (HttpHeader h : headers.all()) {
        out.put(h.key(), h.values());
      }
    }
    return out;
  }

  private final class Listener implements ServeEventListener {
    @Override
    public String getName() {
      return "brickapi-validator";
    }

    @Override
    public void beforeResponseSent(ServeEvent event, Parameters parameters) {
      LoggedRequest req = event.getRequest();
      var res = event.getResponse();
      int status = res == null ? 0 : res.getStatus();
      byte[] resBody = res == null ? null : res.getBody();
      Map<String, List<String>> reqHeaders = headers(req.getHeaders());
      exchanges.add(new Exchange(req.getMethod().getName(), req.getUrl(), reqHeaders,
          req.getBody().length > 65536 ? null : req.getBodyAsString(), status,
          resBody == null || resBody.length > 65536 ? null : new String(resBody, StandardCharsets.UTF_8)));
      String path = pathOf(req.getUrl());
      if (!validate || isTokenEndpoint(path) || isDiscovery(path)
          || unvalidated.stream().anyMatch(p -> p.matcher(path).matches())) {
        return;
      }
      StubMapping stub = event.getStubMapping();
      boolean fault = stub != null && stub.getMetadata() != null && stub.getMetadata().containsKey(FAULT);
      boolean noResponse = res == null || res.getFault() != null;
      violations.addAll(validator.validate(req.getMethod().getName(), req.getUrl(), reqHeaders, req.getBody(),
          fault || noResponse ? null : status, headers(res == null ? null : res.getHeaders()), resBody));
    }
  }

  private final class Transformer implements ResponseDefinitionTransformerV2 {
    @Override
    public String getName() {
      return FAKE;
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      LoggedRequest req = event.getRequest();
      String url = req.getUrl();
      int q = url.indexOf('?');
      String path = q < 0 ? url : url.substring(0, q);
      if (isTokenEndpoint(path)) {
        return token(req);
      }
      if (isDiscovery(path)) {
        return discovery(path);
      }
      Map<String, List<String>> query = ContractValidator.parseQuery(q < 0 ? "" : url.substring(q + 1));
      JsonNode body = null;
      String contentType = req.getHeader("Content-Type");
      if (req.getBody().length > 0 && contentType != null && contentType.contains("json")) {
        try {
          body = JSON.readTree(req.getBody());
        } catch (Exception e) {
          return json(400, "{\"error_code\":\"MALFORMED_REQUEST\",\"message\":\"Invalid JSON given in the body of the request\"}");
        }
      }
      SpecIndex.Op op = specs.route(req.getMethod().getName(), path);
      Reply reply;
      try {
        reply = op == null ? null : fake.handle(op, path, query, body, req.getBody(), contentType);
      } catch (RuntimeException e) {
        return json(400, "{\"error_code\":\"INVALID_PARAMETER_VALUE\",\"message\":" + quote(String.valueOf(e.getMessage())) + "}");
      }
      if (reply != null && reply.bytes != null) {
        return aResponse().withStatus(reply.status).withHeaders(new HttpHeaders(reply.headers.entrySet().stream()
            .map(h -> new HttpHeader(h.getKey(), h.getValue())).toList())).withBody(reply.bytes).build();
      }
      if (reply != null) {
        return json(reply.status, reply.body.toString());
      }
      if (examples && op != null) {
        Map.Entry<String, ApiResponse> success = Examples.success(op);
        Map.Entry<String, MediaType> media = success == null ? null : Examples.media(success.getValue().getContent());
        int status = success == null ? 200 : Integer.parseInt(success.getKey());
        if (media == null) {
          return aResponse().withStatus(status).build();
        }
        JsonNode example = ExampleLists.lastPage(op, Examples.of(media.getValue()), query, body);
        return aResponse().withStatus(status).withHeader("Content-Type", media.getKey())
            .withBody(example.isTextual() && !media.getKey().contains("json") ? example.asText() : example.toString())
            .build();
      }
      return json(404, "{\"error_code\":\"ENDPOINT_NOT_FOUND\",\"message\":\"No API found for '"
          + req.getMethod().getName() + " " + path + "'\"}");
    }

    /** OAuth 2.0 client credentials, as Databricks' {@code /oidc/v1/token} answers them. */
    private ResponseDefinition token(LoggedRequest req) {
      if (!req.getMethod().getName().equals("POST")) {
        return json(405, "{\"error\":\"invalid_request\",\"error_description\":\"POST only\"}");
      }
      Map<String, List<String>> form = ContractValidator.parseQuery(req.getBodyAsString());
      String id = first(form, "client_id");
      String secret = first(form, "client_secret");
      String authorization = req.getHeader("Authorization");
      if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
        String pair = new String(java.util.Base64.getDecoder().decode(authorization.substring(6).trim()),
            StandardCharsets.UTF_8);
        int colon = pair.indexOf(':');
        id = colon < 0 ? pair : pair.substring(0, colon);
        secret = colon < 0 ? null : pair.substring(colon + 1);
      }
      if (!"client_credentials".equals(first(form, "grant_type"))) {
        return json(400, "{\"error\":\"unsupported_grant_type\",\"error_description\":\"only client_credentials\"}");
      }
      if (!CLIENT_ID.equals(id) || !CLIENT_SECRET.equals(secret)) {
        return json(401, "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}");
      }
      String token;
      synchronized (issuedTokens) {
        token = "mock-oauth-" + (issuedTokens.size() + 1) + "-" + java.util.UUID.randomUUID();
        issuedTokens.add(token);
      }
      return json(200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"scope\":"
          + quote(String.valueOf(first(form, "scope"))) + ",\"expires_in\":3600}");
    }

    /**
     * OAuth authorization server metadata (RFC 8414) of the workspace, {@code /oidc/.well-known/...}, or of the
     * account, {@code /oidc/accounts/{account_id}/.well-known/...}: where to authorize and get tokens.
     */
    private ResponseDefinition discovery(String path) {
      String issuer = baseUrl() + path.substring(0, path.indexOf("/.well-known/"));
      String endpoints = issuer + "/v1";
      return json(200, "{\"issuer\":" + quote(issuer) + ",\"authorization_endpoint\":" + quote(endpoints + "/authorize")
          + ",\"token_endpoint\":" + quote(endpoints + "/token")
          + ",\"grant_types_supported\":[\"client_credentials\",\"authorization_code\",\"refresh_token\"]}");
    }

    private String first(Map<String, List<String>> form, String name) {
      List<String> values = form.get(name);
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    private ResponseDefinition json(int status, String body) {
      return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body).build();
    }
  }

  private static String pathOf(String url) {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }

  /** The OAuth token endpoints of the workspace and the account host. */
  private static boolean isTokenEndpoint(String path) {
    return path.equals("/oidc/v1/token") || path.matches("/oidc/accounts/[^/]+/v1/token");
  }

  /** The OAuth discovery documents of the workspace and the account host. */
  private static boolean isDiscovery(String path) {
    return path.equals("/oidc/.well-known/oauth-authorization-server")
        || path.matches("/oidc/accounts/[^/]+/\\.well-known/oauth-authorization-server");
  }

  private static String quote(String s) {
    try {
      return JSON.writeValueAsString(s);
    } catch (Exception e) {
      return "\"\"";
    }
  }
}
