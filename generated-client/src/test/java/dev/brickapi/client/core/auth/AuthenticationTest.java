package dev.brickapi.runtime.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.client.AccountClient;
import dev.brickapi.runtime.ConfigException;
import dev.brickapi.runtime.UnauthenticatedException;
import dev.brickapi.client.WorkspaceClient;
import dev.brickapi.runtime.http.Transports;
import dev.brickapi.client.service.clusters.v21.ClusterDetails;
import dev.brickapi.runtime.testing.LoopbackServer;
import dev.brickapi.runtime.testing.LoopbackServer.Recorded;
import dev.brickapi.runtime.testing.LoopbackServer.Reply;
import dev.brickapi.runtime.testing.TestClients;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AuthenticationTest {
  private static final String CLUSTER = "{\"cluster_id\":\"c-1\",\"state\":\"RUNNING\"}";

  private static List<Recorded> api(LoopbackServer server) {
    return server.requests().stream().filter(r -> r.path.startsWith("/api/")).collect(Collectors.toList());
  }

  private static List<Recorded> tokenCalls(LoopbackServer server) {
    return server.requests().stream().filter(r -> !r.path.startsWith("/api/")).collect(Collectors.toList());
  }

  @Test
  void personalAccessTokenIsSentAsBearer() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> Reply.json(200, CLUSTER))) {
      WorkspaceClient client = new WorkspaceClient(TestClients.config(server.url()).token("dapi-pat-1").build());
      ClusterDetails cluster = client.clusters().getCluster("c-1");
      assertEquals("c-1", cluster.getClusterId());
      Recorded request = server.requests().get(0);
      assertEquals("Bearer dapi-pat-1", request.header("Authorization"));
      assertEquals("/api/2.1/clusters/get", request.path);
      assertEquals("cluster_id=c-1", request.query);
      assertTrue(request.header("User-Agent").startsWith("brickapi-java/"), request.header("User-Agent"));
    }
  }

  @Test
  void azureAdTokenGivenDirectlyIsSentAsBearer() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> Reply.json(200, CLUSTER))) {
      WorkspaceClient client = new WorkspaceClient(TestClients.config(server.url()).azureAdToken("eyJ.aad.token").build());
      client.clusters().getCluster("c-1");
      assertEquals("Bearer eyJ.aad.token", server.requests().get(0).header("Authorization"));
    }
  }

  @Test
  void azureServicePrincipalGetsTokenFromTenantEndpointWithDatabricksScope() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> r.path.endsWith("/oauth2/v2.0/token")
        ? Reply.json(200, "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"aad-access-1\"}")
        : Reply.json(200, CLUSTER))) {
      WorkspaceClient client = new WorkspaceClient(TestClients.config(server.url())
          .azureServicePrincipal("tenant-9", "app-9", "sp-secret-9")
          .azureTokenEndpoint(server.url() + "/tenant-9/oauth2/v2.0/token").build());
      client.clusters().getCluster("c-1");
      client.clusters().getCluster("c-1");
      List<Recorded> tokens = tokenCalls(server);
      assertEquals(1, tokens.size(), "the token is cached");
      String form = URLDecoder.decode(tokens.get(0).bodyText(), StandardCharsets.UTF_8);
      assertTrue(form.contains("grant_type=client_credentials"), form);
      assertTrue(form.contains("scope=2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default"), form);
      assertTrue(form.contains("client_id=app-9"), form);
      assertTrue(form.contains("client_secret=sp-secret-9"), form);
      assertEquals("Bearer aad-access-1", api(server).get(1).header("Authorization"));
    }
  }

  @Test
  void oauthMachineToMachineUsesWorkspaceOidcEndpointWithBasicAuth() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> r.path.equals("/oidc/v1/token")
        ? Reply.json(200, "{\"access_token\":\"m2m-access-1\",\"expires_in\":3600,\"token_type\":\"Bearer\"}")
        : Reply.json(200, CLUSTER))) {
      WorkspaceClient client = new WorkspaceClient(TestClients.config(server.url()).oauthClient("sp-id", "sp-secret").build());
      client.clusters().getCluster("c-1");
      Recorded token = tokenCalls(server).get(0);
      assertEquals("Basic " + Base64.getEncoder().encodeToString("sp-id:sp-secret".getBytes(StandardCharsets.UTF_8)),
          token.header("Authorization"));
      assertEquals("grant_type=client_credentials&scope=all-apis", token.bodyText());
      assertEquals("Bearer m2m-access-1", api(server).get(0).header("Authorization"));
    }
  }

  @Test
  void clientCredentialsTokenIsRefreshedBeforeItExpires() throws Exception {
    AtomicInteger issued = new AtomicInteger();
    try (LoopbackServer server = LoopbackServer.start(r -> Reply.json(200,
        "{\"access_token\":\"tok-" + issued.incrementAndGet() + "\",\"expires_in\":3600}"))) {
      AtomicLong now = new AtomicLong(1_000_000);
      ClientCredentialsTokenSource source = new ClientCredentialsTokenSource("oauth-m2m", server.url() + "/oidc/v1/token",
          "id", "secret", "all-apis", true, Transports.create(TestClients.config(server.url()).build()),
          Transports.options(TestClients.config(server.url()).build()), now::get);
      assertEquals("tok-1", source.token());
      now.addAndGet(3_000_000); // 50 minutes later: still valid
      assertEquals("tok-1", source.token());
      now.addAndGet(560_000); // 40 s before expiry: inside the refresh margin
      assertEquals("tok-2", source.token());
      assertEquals(2, server.requests().size());
    }
  }

  @Test
  void unauthorizedResponseRefreshesTheTokenOnceAndRetries() throws Exception {
    AtomicInteger issued = new AtomicInteger();
    try (LoopbackServer server = LoopbackServer.start(r -> {
      if (r.path.equals("/oidc/v1/token")) {
        return Reply.json(200, "{\"access_token\":\"tok-" + issued.incrementAndGet() + "\",\"expires_in\":3600}");
      }
      return "Bearer tok-2".equals(r.header("Authorization")) ? Reply.json(200, CLUSTER)
          : Reply.json(401, "{\"error_code\":\"UNAUTHENTICATED\",\"message\":\"token expired\"}");
    })) {
      WorkspaceClient client = new WorkspaceClient(TestClients.config(server.url()).oauthClient("id", "secret").build());
      assertEquals("c-1", client.clusters().getCluster("c-1").getClusterId());
      assertEquals(2, tokenCalls(server).size());
      assertEquals(2, api(server).size());
    }
  }

  @Test
  void unauthorizedAgainAfterRefreshFailsTyped() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> r.path.equals("/oidc/v1/token")
        ? Reply.json(200, "{\"access_token\":\"tok\",\"expires_in\":3600}")
        : Reply.json(401, "{\"error_code\":\"UNAUTHENTICATED\",\"message\":\"no access\"}"))) {
      WorkspaceClient client = new WorkspaceClient(TestClients.config(server.url()).oauthClient("id", "secret").build());
      UnauthenticatedException e = assertThrows(UnauthenticatedException.class, () -> client.clusters().getCluster("c-1"));
      assertEquals("UNAUTHENTICATED", e.errorCode());
      assertEquals(2, api(server).size(), "one retry with a fresh token, no more");
    }
  }

  @Test
  void unauthorizedWithPersonalAccessTokenIsNotRetried() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> Reply.json(401, "{\"error_code\":\"UNAUTHENTICATED\"}"))) {
      WorkspaceClient client = new WorkspaceClient(TestClients.config(server.url()).token("dapi-bad").build());
      assertThrows(UnauthenticatedException.class, () -> client.clusters().getCluster("c-1"));
      assertEquals(1, server.requests().size());
    }
  }

  @Test
  void refusedClientCredentialsGiveTheEndpointsReason() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> Reply.json(401,
        "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret provided.\\nTrace\"}"))) {
      WorkspaceClient client = new WorkspaceClient(TestClients.config(server.url())
          .azureServicePrincipal("t", "app", "wrong-secret").azureTokenEndpoint(server.url() + "/t/oauth2/v2.0/token").build());
      UnauthenticatedException e = assertThrows(UnauthenticatedException.class, () -> client.clusters().getCluster("c"));
      assertTrue(e.getMessage().contains("AADSTS7000215"), e.getMessage());
      assertTrue(!e.getMessage().contains("wrong-secret"), e.getMessage());
    }
  }

  @Test
  void nothingConfiguredListsWhatWasTried() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> new WorkspaceClient(TestClients.config("http://127.0.0.1:9").build()));
    String message = e.getMessage();
    assertTrue(message.contains("DATABRICKS_TOKEN"), message);
    assertTrue(message.contains("ARM_CLIENT_SECRET"), message);
    assertTrue(message.contains("DATABRICKS_CLIENT_SECRET"), message);
    assertTrue(message.contains("Azure AD token"), message);
  }

  @Test
  void accountClientFillsInTheAccountIdAndUsesAccountOidcEndpoint() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> r.path.startsWith("/oidc/")
        ? Reply.json(200, "{\"access_token\":\"acc-tok\",\"expires_in\":3600}")
        : Reply.json(200, "[]"))) {
      AccountClient client = new AccountClient(TestClients.config(server.url()).accountId("acc-123")
          .oauthClient("id", "secret").build());
      assertTrue(client.workspaces().listWorkspaces().isEmpty());
      assertEquals("/oidc/accounts/acc-123/v1/token", server.requests().get(0).path);
      assertEquals("/api/2.0/accounts/acc-123/workspaces", server.requests().get(1).path);
      assertEquals("Bearer acc-tok", server.requests().get(1).header("Authorization"));
    }
  }

  @Test
  void accountClientNeedsAnAccountId() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> new AccountClient(TestClients.config("http://127.0.0.1:9").token("x").build()));
    assertTrue(e.getMessage().contains("DATABRICKS_ACCOUNT_ID"), e.getMessage());
  }
}
