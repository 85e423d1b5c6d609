package dev.brickapi.runtime.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.runtime.ApiClient;
import dev.brickapi.runtime.Config;
import dev.brickapi.runtime.ConfigException;
import dev.brickapi.runtime.CredentialsUnavailableException;
import dev.brickapi.runtime.testing.FakeCommands;
import dev.brickapi.runtime.testing.FaultCount;
import dev.brickapi.runtime.testing.LoopbackServer;
import dev.brickapi.runtime.testing.LoopbackServer.Recorded;
import dev.brickapi.runtime.testing.LoopbackServer.Reply;
import dev.brickapi.runtime.testing.TestClients;
import dev.brickapi.runtime.testing.ThingsApi;
import feign.Request;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** {@code azure-cli}: tokens from {@code az account get-access-token}, here a fake on a private PATH. */
@DisabledOnOs(OS.WINDOWS)
class AzureCliCredentialsTest {
  private static final String RESOURCE_ID =
      "/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.Databricks/workspaces/ws-1";
  private static final String GET_TOKEN = "account get-access-token --resource 2ff814a6-3304-4ab8-85cb-cd0e6f879c1d "
      + "--output json";
  private static final String GET_MANAGEMENT = "account get-access-token --resource "
      + "https://management.core.windows.net/ --output json";

  @TempDir
  Path home;
  FakeCommands commands;

  @BeforeEach
  void tools() throws Exception {
    commands = new FakeCommands(home.resolve("bin"));
  }

  /** An az that answers each resource with its own token (numbered by call), valid far into the future. */
  private void loggedIn() throws Exception {
    commands.script("az", "case \"$*\" in\n"
        + "  *management*) printf '%s\\n' \"{\\\"accessToken\\\":\\\"mgmt-$n\\\",\\\"expires_on\\\":4070908800}\";;\n"
        + "  *) printf '%s\\n' \"{\\\"accessToken\\\":\\\"az-$n\\\",\\\"tokenType\\\":\\\"Bearer\\\","
        + "\\\"expiresOn\\\":\\\"2099-01-01 00:00:00.000000\\\",\\\"expires_on\\\":4070908800}\";;\n"
        + "esac");
  }

  private Config.Builder config(String url) {
    return TestClients.config(url, home).environment(commands.environment());
  }

  private static TokenSource configure(Config config, AtomicLong clock) {
    CredentialsProvider.Context context = new CredentialsProvider.Context((r, o) -> {
      throw new AssertionError("no HTTP while asking the CLI");
    }, new Request.Options(), false).named(true).withClock(clock::get);
    return new AzureCliCredentials(ZoneId.of("Europe/Berlin")).configure(config, context).get();
  }

  @Test
  void theTokenIsForAzureDatabricksInTheConfiguredTenant() throws Exception {
    loggedIn();
    try (LoopbackServer server = LoopbackServer.start(r -> Reply.json(200, "{}"))) {
      ApiClient client = ApiClient.workspace(config(server.url()).authType("azure-cli").azureTenantId("tenant-1")
          .build());
      client.service(ThingsApi.class).get();
      client.service(ThingsApi.class).get();
      Recorded request = server.requests().get(1);
      assertEquals("Bearer az-1", request.header("Authorization"));
      assertNull(request.header("X-Databricks-Azure-SP-Management-Token"), "no resource id: no management token");
      assertNull(request.header("X-Databricks-Azure-Workspace-Resource-Id"));
      assertEquals(List.of(GET_TOKEN + " --tenant tenant-1"), commands.calls("az"), "asked once: cached");
    }
  }

  @Test
  void aWorkspaceResourceIdAddsItsHeadersAndSubscription() throws Exception {
    loggedIn();
    try (LoopbackServer server = LoopbackServer.start(r -> Reply.json(200, "{}"))) {
      ApiClient client = ApiClient.workspace(config(server.url()).azureWorkspaceResourceId(RESOURCE_ID).build());
      assertEquals("azure-cli", client.authentication(), "a resource id makes the host an Azure one");
      client.service(ThingsApi.class).get();
      Recorded request = server.requests().get(0);
      assertEquals("Bearer az-1", request.header("Authorization"));
      assertEquals("mgmt-2", request.header("X-Databricks-Azure-SP-Management-Token"));
      assertEquals(RESOURCE_ID, request.header("X-Databricks-Azure-Workspace-Resource-Id"));
      assertEquals(List.of(GET_TOKEN + " --subscription sub-1", GET_MANAGEMENT + " --subscription sub-1"),
          commands.calls("az"));
    }
  }

  @Test
  void aLoginWithoutAccessToTheSubscriptionAsksWithoutIt() throws Exception {
    commands.script("az", "case \"$*\" in\n"
        + "  *--subscription*) printf '%s\\n' 'ERROR: Subscription sub-1 not found' >&2; exit 1;;\n"
        + "  *management*) printf '%s\\n' 'ERROR: AADSTS65001: no consent' >&2; exit 1;;\n"
        + "  *) printf '%s\\n' '{\"accessToken\":\"az-plain\",\"expires_on\":\"4070908800\"}';;\n"
        + "esac");
    TokenSource tokens = configure(config("http://127.0.0.1:9").azureWorkspaceResourceId(RESOURCE_ID).build(),
        new AtomicLong());
    assertEquals("Bearer az-plain", tokens.headers().get("Authorization"));
    assertEquals(RESOURCE_ID, tokens.headers().get("X-Databricks-Azure-Workspace-Resource-Id"));
    assertFalse(tokens.headers().containsKey("X-Databricks-Azure-SP-Management-Token"),
        "a login that cannot get a management token sends none");
    assertEquals(List.of(GET_TOKEN + " --subscription sub-1", GET_TOKEN, GET_MANAGEMENT + " --subscription sub-1",
        GET_MANAGEMENT), commands.calls("az"));
  }

  @Test
  void expiresOnInLocalTimeIsReadWhenThereIsNoEpoch() throws Exception {
    commands.printing("az", "{\"accessToken\":\"az-old\",\"expiresOn\":\"2030-06-01 12:30:00.000000\"}");
    AtomicLong clock = new AtomicLong(Instant.parse("2030-06-01T09:00:00Z").toEpochMilli());
    RefreshingTokenSource tokens = (RefreshingTokenSource) configure(config("http://127.0.0.1:9").build(), clock);
    Instant expiry = LocalDateTime.parse("2030-06-01T12:30:00").atZone(ZoneId.of("Europe/Berlin")).toInstant();
    assertEquals(expiry, tokens.current().expiry());
    clock.set(expiry.toEpochMilli() - 59_000);
    tokens.token();
    assertEquals(2, commands.calls("az").size(), "refreshed a minute before expiry");
  }

  @Test
  void expiresOnInSecondsWinsOverLocalTime() throws Exception {
    commands.printing("az", "{\"accessToken\":\"az\",\"expiresOn\":\"2030-06-01 12:30:00.000000\","
        + "\"expires_on\":1906000000}");
    RefreshingTokenSource tokens = (RefreshingTokenSource) configure(config("http://127.0.0.1:9").build(),
        new AtomicLong(1_800_000_000_000L));
    assertEquals(Instant.ofEpochSecond(1906000000L), tokens.current().expiry());
  }

  @Test
  void a401AsksTheCliAgainOnce() throws Exception {
    loggedIn();
    try (LoopbackServer server = LoopbackServer.start(r -> "Bearer az-2".equals(r.header("Authorization"))
        ? Reply.json(200, "{\"ok\":true}") : Reply.json(401, "{\"error_code\":\"UNAUTHENTICATED\"}"))) {
      ApiClient client = ApiClient.workspace(config(server.url()).authType("azure-cli").build());
      assertTrue(client.service(ThingsApi.class).get().path("ok").asBoolean());
      assertEquals(2, commands.calls("az").size());
    }
  }

  @Test
  @Tag(FaultCount.TAG)
  void notLoggedInSaysToRunAzLoginForTheTenant() throws Exception {
    commands.failing("az", 1, "ERROR: Please run 'az login' to setup account.");
    ConfigException e = assertThrows(CredentialsUnavailableException.class,
        () -> ApiClient.workspace(config("http://127.0.0.1:9").authType("azure-cli").azureTenantId("t-9").build()));
    assertEquals("azure-cli: `az " + GET_TOKEN + " --tenant t-9` failed (exit 1): ERROR: Please run 'az login' to "
        + "setup account.; log in with `az login --tenant t-9`", e.getMessage());
  }

  @Test
  @Tag(FaultCount.TAG)
  void aMissingAzSaysHowToInstallIt() {
    ConfigException e = assertThrows(CredentialsUnavailableException.class,
        () -> ApiClient.workspace(config("http://127.0.0.1:9").authType("azure-cli").build()));
    assertTrue(e.getMessage().startsWith("azure-cli: `az` is not on the PATH; install the Azure CLI"), e.getMessage());
    assertTrue(e.getMessage().contains("az login"), e.getMessage());
  }

  @Test
  @Tag(FaultCount.TAG)
  void aHangingAzIsStopped() throws Exception {
    commands.hanging("az");
    ConfigException e = assertThrows(ConfigException.class, () -> ApiClient.workspace(config("http://127.0.0.1:9")
        .authType("azure-cli").commandTimeout(Duration.ofMillis(300)).build()));
    assertTrue(e.getMessage().startsWith("azure-cli: `az " + GET_TOKEN + "` did not finish within 300 ms"),
        e.getMessage());
  }

  @Test
  void theSubscriptionIsTakenFromTheResourceId() {
    assertEquals("sub-1", AzureCliCredentials.subscriptionOf(RESOURCE_ID));
    assertNull(AzureCliCredentials.subscriptionOf("not-a-resource-id"));
    assertNull(AzureCliCredentials.subscriptionOf(null));
  }
}
