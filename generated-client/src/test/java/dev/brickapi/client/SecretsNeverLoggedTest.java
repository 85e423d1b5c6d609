package dev.brickapi.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.client.service.secrets.v20.PutSecret;
import dev.brickapi.client.service.token.v20.CreateTokenRequest;
import dev.brickapi.runtime.BadRequestException;
import dev.brickapi.runtime.Config;
import dev.brickapi.runtime.DatabricksException;
import dev.brickapi.runtime.TransportException;
import dev.brickapi.runtime.UnauthenticatedException;
import dev.brickapi.runtime.testing.LogLines;
import dev.brickapi.runtime.testing.FaultCount;
import dev.brickapi.runtime.testing.LoopbackServer;
import dev.brickapi.runtime.testing.LoopbackServer.Recorded;
import dev.brickapi.runtime.testing.LoopbackServer.Reply;
import dev.brickapi.runtime.testing.TestClients;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every logger at TRACE (the runtime's, Apache HttpClient's headers and wire loggers, everything under the root),
 * calls with each authentication method and with secret values going out and coming back, also inside error and
 * malformed bodies: no captured log line, exception message or {@code toString} holds any of the secrets.
 */
@Tag(FaultCount.TAG)
class SecretsNeverLoggedTest {
  private static final String PAT = "dapi5f3e9c1b7a2d4e6f8a0b1c2d3e4f5a6b";
  private static final String NEW_TOKEN = "dapi-newly-created-token-value-42";
  private static final String SECRET_VALUE = "s3cr3t-string-value-of-a-secret";
  private static final String SECRET_BYTES = "c2VjcmV0LWJ5dGVzLXZhbHVlLW9mLWEtc2VjcmV0";
  private static final String CLIENT_SECRET = "dose-m2m-client-secret-777";
  private static final String ACCESS_TOKEN = "eyJhbGciOi.m2m-access-token.sig";
  private static final String AZURE_SECRET = "azure~sp~client~secret~9000";
  private static final String AZURE_TOKEN = "eyJ0eXAi.azure-sp-access-token.sig";
  private static final String BASIC = Base64.getEncoder()
      .encodeToString(("sp:" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
  private static final List<String> SECRETS = List.of(PAT, NEW_TOKEN, SECRET_VALUE, SECRET_BYTES, CLIENT_SECRET,
      ACCESS_TOKEN, AZURE_SECRET, AZURE_TOKEN, BASIC);

  @RegisterExtension
  final LogLines log = new LogLines();
  private final List<String> messages = new ArrayList<>();

  private static Reply serve(Recorded r) {
    String body = new String(r.body, StandardCharsets.UTF_8);
    switch (r.path) {
      case "/oidc/v1/token":
        return Reply.json(200, "{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":3600}");
      case "/azure/token":
        return Reply.json(200, "{\"access_token\":\"" + AZURE_TOKEN + "\",\"expires_in\":3600,\"client_secret\":\""
            + AZURE_SECRET + "\"}");
      case "/api/2.0/token/create":
        return Reply.json(200, "{\"token_value\":\"" + NEW_TOKEN + "\",\"token_info\":{\"token_id\":\"t1\"}}");
      case "/api/2.0/secrets/put":
        return body.contains("\"key\":\"echo\"")
            ? Reply.json(400, "{\"error_code\":\"INVALID_PARAMETER_VALUE\",\"message\":\"cannot store " + SECRET_VALUE
                + "\"}")
            : Reply.json(200, "{}");
      case "/api/2.0/secrets/get":
        return r.query.contains("key=broken")
            ? Reply.json(200, "{\"key\":\"broken\",\"value\":\"" + SECRET_VALUE + "\"}")
            : Reply.json(200, "{\"key\":\"k\",\"value\":\"" + SECRET_BYTES + "\"}");
      default:
        return Reply.json(400, "{\"error_code\":\"INVALID_PARAMETER_VALUE\",\"message\":\"header was "
            + r.header("Authorization") + " and token " + r.header("Authorization").substring(7) + "\"}");
    }
  }

  private <T extends Throwable> void fails(Class<T> type, Runnable call) {
    T e = assertThrows(type, call::run);
    for (Throwable t = e; t != null; t = t.getCause()) {
      messages.add(t.toString());
    }
  }

  private void exercise(Supplier<Config.Builder> config) {
    Config built = config.get().build();
    messages.add(built.toString());
    WorkspaceClient client = new WorkspaceClient(built);
    client.tokens().createToken(new CreateTokenRequest().setComment("ci").setLifetimeSeconds(60L));
    client.secrets().putSecret(new PutSecret().setScope("s").setKey("k").setStringValue(SECRET_VALUE));
    client.secrets().putSecret(new PutSecret().setScope("s").setKey("k").setBytesValue(Base64.getDecoder().decode(SECRET_BYTES)));
    fails(BadRequestException.class, () -> client.secrets().putSecret(
        new PutSecret().setScope("s").setKey("echo").setStringValue(SECRET_VALUE)));
    assertEquals(SECRET_BYTES, Base64.getEncoder().encodeToString(client.secrets().getSecret("s", "k").getValue()));
    messages.add(client.secrets().getSecret("s", "k").toString());
    fails(TransportException.class, () -> client.secrets().getSecret("s", "broken"));
    fails(BadRequestException.class, () -> client.clusters().getCluster("c-1"));
  }

  @Test
  void noSecretReachesAnyLoggerAnyMessageOrToString() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(SecretsNeverLoggedTest::serve)) {
      exercise(() -> TestClients.config(server.url()).token(PAT));
      exercise(() -> TestClients.config(server.url()).oauthClient("sp", CLIENT_SECRET));
      exercise(() -> TestClients.config(server.url()).azureServicePrincipal("tenant-1", "sp", AZURE_SECRET)
          .azureTokenEndpoint(server.url() + "/azure/token"));
      assertTrue(server.requests().stream().anyMatch(r -> ("Bearer " + PAT).equals(r.header("Authorization"))),
          "the PAT was sent");
      try (LoopbackServer refusing = LoopbackServer.start(r -> Reply.json(401,
          "{\"error\":\"invalid_client\",\"error_description\":\"client secret " + CLIENT_SECRET + " is wrong\"}"))) {
        WorkspaceClient refused = new WorkspaceClient(TestClients.config(refusing.url()).oauthClient("sp", CLIENT_SECRET).build());
        fails(UnauthenticatedException.class, () -> refused.clusters().getCluster("c-1"));
        assertTrue(messages.get(messages.size() - 1).contains("client secret *** is wrong"), messages.get(messages.size() - 1));
      }
      assertTrue(server.requests().stream().anyMatch(r -> ("Basic " + BASIC).equals(r.header("Authorization"))),
          "the M2M client credentials were sent");
    }
    List<String> lines = log.lines();
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("dev.brickapi.runtime.http DEBUG POST /api/2.0/token/create -> 200")),
        String.join("\n", lines));
    assertTrue(lines.stream().anyMatch(l -> l.contains("TRACE") && l.contains("response body")), "bodies are logged");
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("org.apache.hc.client5")), "Apache HttpClient logged too");
    LogLines.assertNoSecret(lines, SECRETS);
    LogLines.assertNoSecret(messages, SECRETS);
    assertTrue(messages.stream().anyMatch(m -> m.contains("cannot store ***")), String.join("\n", messages));
  }

  @Test
  void exceptionMessagesKeepWhatIsNotSecret() {
    DatabricksException e = new BadRequestException(400, "INVALID_PARAMETER_VALUE", "scope s has no key k", "GET",
        "/api/2.0/secrets/get", null);
    assertEquals("GET /api/2.0/secrets/get failed: HTTP 400 INVALID_PARAMETER_VALUE: scope s has no key k", e.getMessage());
  }
}
