package dev.brickapi.runtime.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.runtime.ApiClient;
import dev.brickapi.runtime.UnauthenticatedException;
import dev.brickapi.runtime.testing.FaultCount;
import dev.brickapi.runtime.testing.LoopbackServer;
import dev.brickapi.runtime.testing.LoopbackServer.Recorded;
import dev.brickapi.runtime.testing.LoopbackServer.Reply;
import dev.brickapi.runtime.testing.TestClients;
import dev.brickapi.runtime.testing.ThingsApi;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code github-oidc}: the job's ID token exchanged at the workspace's token endpoint (RFC 8693). */
class GithubOidcCredentialsTest {
  private static final String ID_TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJnaXRodWIifQ.c2ln";

  private final Map<String, String> env = new HashMap<>();

  private LoopbackServer server(boolean exchangeRefused) throws Exception {
    return LoopbackServer.start(r -> {
      if (r.path.equals("/_apis/token")) {
        return "Bearer gh-request-token".equals(r.header("Authorization"))
            ? Reply.json(200, "{\"count\":1,\"value\":\"" + ID_TOKEN + "\"}") : Reply.json(401, "{}");
      }
      if (r.path.equals("/oidc/v1/token")) {
        return exchangeRefused ? Reply.json(401, "{\"error\":\"invalid_client\",\"error_description\":\"no policy "
            + "matches token " + ID_TOKEN + "\"}") : Reply.json(200, "{\"access_token\":\"wif-token\",\"expires_in\":3600}");
      }
      return Reply.json(200, "{}");
    });
  }

  private void inGithubActions(LoopbackServer server) {
    env.put("ACTIONS_ID_TOKEN_REQUEST_URL", server.url() + "/_apis/token?api-version=2.0");
    env.put("ACTIONS_ID_TOKEN_REQUEST_TOKEN", "gh-request-token");
    env.put("DATABRICKS_CLIENT_ID", "sp-app-id");
  }

  @Test
  void theJobsIdTokenIsExchangedForAWorkspaceToken() throws Exception {
    try (LoopbackServer server = server(false)) {
      inGithubActions(server);
      ApiClient client = ApiClient.workspace(TestClients.config(server.url()).environment(env).build());
      assertEquals("github-oidc", client.authentication());
      client.service(ThingsApi.class).get();
      Recorded idToken = server.requests().get(0);
      assertEquals("api-version=2.0&audience=" + java.net.URLEncoder.encode(server.url() + "/oidc/v1/token",
          java.nio.charset.StandardCharsets.UTF_8), idToken.query, "the token endpoint is the default audience");
      Map<String, String> exchange = server.requests().get(1).form();
      assertEquals(Map.of("grant_type", "urn:ietf:params:oauth:grant-type:token-exchange", "subject_token_type",
          "urn:ietf:params:oauth:token-type:jwt", "subject_token", ID_TOKEN, "scope", "all-apis", "client_id",
          "sp-app-id"), exchange);
      assertEquals("Bearer wif-token", server.requests().get(2).header("Authorization"));
    }
  }

  @Test
  void tokenAudienceIsSentWhenConfigured() throws Exception {
    try (LoopbackServer server = server(false)) {
      inGithubActions(server);
      env.put("DATABRICKS_TOKEN_AUDIENCE", "my-audience");
      ApiClient.workspace(TestClients.config(server.url()).environment(env).build()).service(ThingsApi.class).get();
      assertTrue(server.requests().get(0).query.endsWith("&audience=my-audience"), server.requests().get(0).query);
    }
  }

  @Test
  @Tag(FaultCount.TAG)
  void aRefusedExchangeNamesThePolicyAndNeverTheIdToken() throws Exception {
    try (LoopbackServer server = server(true)) {
      inGithubActions(server);
      ApiClient client = ApiClient.workspace(TestClients.config(server.url()).environment(env).build());
      UnauthenticatedException e = assertThrows(UnauthenticatedException.class,
          () -> client.service(ThingsApi.class).get());
      assertTrue(e.getMessage().contains("the token endpoint refused the GitHub ID token for client sp-app-id: no "
          + "policy matches token ***; check the service principal's federation policy"), e.getMessage());
      assertFalse(e.getMessage().contains(ID_TOKEN), e.getMessage());
      assertFalse(e.getMessage().contains("gh-request-token"), e.getMessage());
    }
  }
}
