package dev.brickapi.runtime.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.runtime.ApiClient;
import dev.brickapi.runtime.Config;
import dev.brickapi.runtime.ConfigException;
import dev.brickapi.runtime.TransportException;
import dev.brickapi.runtime.UnauthenticatedException;
import dev.brickapi.runtime.http.Transports;
import dev.brickapi.runtime.testing.FaultCount;
import dev.brickapi.runtime.testing.LoopbackServer;
import dev.brickapi.runtime.testing.LoopbackServer.Recorded;
import dev.brickapi.runtime.testing.LoopbackServer.Reply;
import dev.brickapi.runtime.testing.TestClients;
import dev.brickapi.runtime.testing.ThingsApi;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code azure-msi}: a managed identity endpoint (IMDS, or App Service's) on loopback. */
class AzureMsiCredentialsTest {
  private static final String IMDS_PATH = "/metadata/identity/oauth2/token";
  private static final String RESOURCE_ID =
      "/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.Databricks/workspaces/ws-1";

  private final Map<String, String> env = new HashMap<>();
  private final AtomicInteger issued = new AtomicInteger();

  /** A workspace and an identity endpoint in one server: tokens "msi-<resource>-<n>", an hour long. */
  private LoopbackServer server() throws Exception {
    return LoopbackServer.start(r -> {
      if (r.path.startsWith("/api/")) {
        return Reply.json(200, "{}");
      }
      String resource = r.queryParameters().get("resource").startsWith("https://management") ? "mgmt" : "dbx";
      long expiresOn = System.currentTimeMillis() / 1000 + 3600;
      return Reply.json(200, "{\"access_token\":\"msi-" + resource + "-" + issued.incrementAndGet() + "\","
          + "\"expires_on\":\"" + expiresOn + "\",\"token_type\":\"Bearer\"}");
    });
  }

  private Config.Builder config(LoopbackServer server) {
    return TestClients.config(server.url()).environment(env).azureMsiEndpoint(server.url() + IMDS_PATH);
  }

  private static List<Recorded> identityCalls(LoopbackServer server) {
    return server.requests().stream().filter(r -> !r.path.startsWith("/api/")).collect(Collectors.toList());
  }

  @Test
  void imdsGivesTheTokenAndTheManagementTokenWhenAResourceIdIsSet() throws Exception {
    env.put("ARM_USE_MSI", "true");
    env.put("ARM_CLIENT_ID", "identity-7");
    env.put("DATABRICKS_AZURE_RESOURCE_ID", RESOURCE_ID);
    try (LoopbackServer server = server()) {
      ApiClient client = ApiClient.workspace(config(server).build());
      assertEquals("azure-msi", client.authentication());
      client.service(ThingsApi.class).get();
      client.service(ThingsApi.class).get();
      List<Recorded> identity = identityCalls(server);
      assertEquals(2, identity.size(), "one Databricks and one management token, both cached");
      Recorded first = identity.get(0);
      assertEquals(IMDS_PATH, first.path);
      assertEquals("true", first.header("Metadata"));
      assertEquals(Map.of("api-version", "2018-02-01", "resource", "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d",
          "client_id", "identity-7"), first.queryParameters());
      assertEquals("https://management.core.windows.net/", identity.get(1).queryParameters().get("resource"));
      Recorded call = server.requests().stream().filter(r -> r.path.startsWith("/api/")).findFirst().get();
      assertEquals("Bearer msi-dbx-1", call.header("Authorization"));
      assertEquals("msi-mgmt-2", call.header("X-Databricks-Azure-SP-Management-Token"));
      assertEquals(RESOURCE_ID, call.header("X-Databricks-Azure-Workspace-Resource-Id"));
    }
  }

  @Test
  void appServiceUsesItsIdentityEndpointAndHeader() throws Exception {
    try (LoopbackServer server = server()) {
      env.put("IDENTITY_ENDPOINT", server.url() + "/msi/token");
      env.put("IDENTITY_HEADER", "identity-header-secret");
      ApiClient client = ApiClient.workspace(config(server).authType("azure-msi").build());
      client.service(ThingsApi.class).get();
      Recorded identity = identityCalls(server).get(0);
      assertEquals("/msi/token", identity.path);
      assertEquals("identity-header-secret", identity.header("X-IDENTITY-HEADER"));
      assertNull(identity.header("Metadata"));
      assertEquals("2019-08-01", identity.queryParameters().get("api-version"));
      assertFalse(identity.queryParameters().containsKey("client_id"), "the system-assigned identity");
      assertEquals("Bearer msi-dbx-1", server.requests().get(1).header("Authorization"));
      assertNull(server.requests().get(1).header("X-Databricks-Azure-SP-Management-Token"));
    }
  }

  @Test
  void theTokenIsRefreshedBeforeItExpires() throws Exception {
    try (LoopbackServer server = server()) {
      Config config = config(server).build();
      AtomicLong clock = new AtomicLong(System.currentTimeMillis());
      TokenSource tokens = new AzureMsiCredentials().configure(config,
          new CredentialsProvider.Context(Transports.create(config), Transports.options(config), false)
              .named(true).withClock(clock::get)).get();
      assertEquals("msi-dbx-1", tokens.token());
      clock.addAndGet(3_000_000);
      assertEquals("msi-dbx-1", tokens.token());
      clock.addAndGet(600_000);
      assertEquals("msi-dbx-2", tokens.token(), "inside the last minute of its hour");
    }
  }

  @Test
  void a401FetchesANewTokenOnce() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> {
      if (!r.path.startsWith("/api/")) {
        return Reply.json(200, "{\"access_token\":\"msi-" + issued.incrementAndGet() + "\",\"expires_in\":\"3600\"}");
      }
      return "Bearer msi-2".equals(r.header("Authorization")) ? Reply.json(200, "{\"ok\":true}")
          : Reply.json(401, "{\"error_code\":\"UNAUTHENTICATED\"}");
    })) {
      ApiClient client = ApiClient.workspace(config(server).authType("azure-msi").build());
      assertTrue(client.service(ThingsApi.class).get().path("ok").asBoolean());
      assertEquals(2, identityCalls(server).size());
    }
  }

  @Test
  @Tag(FaultCount.TAG)
  void anUnreachableEndpointIsNamedWithTheFix() throws Exception {
    String closed;
    try (LoopbackServer gone = LoopbackServer.start(r -> Reply.json(200, "{}"))) {
      closed = gone.url();
    }
    try (LoopbackServer server = server()) {
      ApiClient client = ApiClient.workspace(config(server).authType("azure-msi")
          .azureMsiEndpoint(closed + IMDS_PATH).build());
      TransportException e = assertThrows(TransportException.class, () -> client.service(ThingsApi.class).get());
      assertTrue(e.getMessage().contains("azure-msi: cannot reach " + closed + IMDS_PATH), e.getMessage());
      assertTrue(e.getMessage().contains("managed identity works on Azure only"), e.getMessage());
      assertTrue(e.getMessage().contains("unset ARM_USE_MSI"), e.getMessage());
    }
  }

  @Test
  @Tag(FaultCount.TAG)
  void aRefusalGivesTheEndpointsReasonAndNeverTheIdentityHeader() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> r.path.startsWith("/api/") ? Reply.json(200, "{}")
        : Reply.json(400, "{\"error\":\"invalid_request\",\"error_description\":\"Identity not found "
        + "(header identity-header-secret)\"}"))) {
      env.put("IDENTITY_ENDPOINT", server.url() + "/msi/token");
      env.put("IDENTITY_HEADER", "identity-header-secret");
      ApiClient client = ApiClient.workspace(config(server).authType("azure-msi").build());
      UnauthenticatedException e = assertThrows(UnauthenticatedException.class,
          () -> client.service(ThingsApi.class).get());
      assertTrue(e.getMessage().contains("(HTTP 400): Identity not found"), e.getMessage());
      assertTrue(e.getMessage().contains("assign a managed identity to this resource, or set azure_client_id"),
          e.getMessage());
      assertFalse(e.getMessage().contains("identity-header-secret"), e.getMessage());
      assertEquals("invalid_request", e.errorCode());
    }
  }

  @Test
  @Tag(FaultCount.TAG)
  void azureUseMsiMustBeABoolean() throws Exception {
    env.put("ARM_USE_MSI", "perhaps");
    env.put("DATABRICKS_AZURE_RESOURCE_ID", RESOURCE_ID);
    try (LoopbackServer server = server()) {
      ConfigException e = assertThrows(ConfigException.class, () -> ApiClient.workspace(config(server).build()));
      assertEquals("azure_use_msi is 'perhaps' (env ARM_USE_MSI): use true or false", e.getMessage());
    }
  }
}
