package dev.brickapi.runtime.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brickapi.runtime.ApiClient;
import dev.brickapi.runtime.Config;
import dev.brickapi.runtime.ConfigException;
import dev.brickapi.runtime.UnauthenticatedException;
import dev.brickapi.runtime.testing.FaultCount;
import dev.brickapi.runtime.testing.FollowingBrowser;
import dev.brickapi.runtime.testing.LoopbackServer;
import dev.brickapi.runtime.testing.LoopbackServer.Recorded;
import dev.brickapi.runtime.testing.LoopbackServer.Reply;
import dev.brickapi.runtime.testing.TestClients;
import dev.brickapi.runtime.testing.ThingsApi;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code external-browser}: OAuth U2M against a loopback workspace's authorize and token endpoints. */
class ExternalBrowserCredentialsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path home;
  final FollowingBrowser browser = new FollowingBrowser();

  /** The OIDC endpoints of a workspace: PKCE checked, codes and tokens numbered, refresh tokens rotated. */
  static final class Workspace {
    final Map<String, String> challenges = new ConcurrentHashMap<>();
    final AtomicInteger issued = new AtomicInteger();
    volatile boolean refreshRefused;
    volatile String stateOverride;
    volatile String errorRedirect;
    volatile String rejected;
    final LoopbackServer server;
    final String oidc;

    Workspace(String oidc) throws Exception {
      this.oidc = oidc;
      this.server = LoopbackServer.start(this::handle);
    }

    private Reply handle(Recorded r) throws java.io.IOException {
      if (r.path.equals(oidc + "/authorize")) {
        Map<String, String> q = r.queryParameters();
        String code = "code-" + challenges.size();
        challenges.put(code, q.get("code_challenge"));
        String target = q.get("redirect_uri") + (errorRedirect != null ? "?error=" + errorRedirect
            + "&error_description=The+user+said+no&state=" + q.get("state")
            : "?code=" + code + "&state=" + (stateOverride != null ? stateOverride : q.get("state")));
        return Reply.of(302, "text/plain", "").header("Location", target);
      }
      if (r.path.equals(oidc + "/token")) {
        Map<String, String> f = r.form();
        boolean valid = "authorization_code".equals(f.get("grant_type"))
            ? AuthorizationCodeLogin.challenge(f.get("code_verifier")).equals(challenges.get(f.get("code")))
            : !refreshRefused && f.get("refresh_token").startsWith("u2m-refresh-");
        if (!valid || !"databricks-cli".equals(f.get("client_id"))) {
          return Reply.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"grant "
              + f.getOrDefault("refresh_token", f.get("code")) + " is invalid\"}");
        }
        int n = issued.incrementAndGet();
        return Reply.json(200, "{\"access_token\":\"u2m-access-" + n + "\",\"refresh_token\":\"u2m-refresh-" + n
            + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
      }
      String authorization = r.header("Authorization");
      return authorization != null && authorization.startsWith("Bearer u2m-")
          && !authorization.equals("Bearer " + rejected) ? Reply.json(200, "{\"ok\":true}")
          : Reply.json(401, "{\"error_code\":\"UNAUTHENTICATED\"}");
    }

    List<Recorded> calls(String path) {
      return server.requests().stream().filter(r -> r.path.equals(oidc + path)).collect(Collectors.toList());
    }
  }

  private Config.Builder config(Workspace workspace) {
    return TestClients.config(workspace.server.url(), home).authType("external-browser")
        .browserLogin(BrowserLogin.defaults().withOpener(browser).withRedirectPort(0)
            .withTimeout(Duration.ofSeconds(20)));
  }

  private JsonNode cache() throws Exception {
    return JSON.readTree(home.resolve(".databricks/token-cache.json").toFile());
  }

  private void writeCache(String json) throws Exception {
    Files.createDirectories(home.resolve(".databricks"));
    Files.write(home.resolve(".databricks/token-cache.json"), json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aLoginInTheBrowserWithPkceIsCachedInTheCliFormat() throws Exception {
    Workspace workspace = new Workspace("/oidc/v1");
    try (LoopbackServer server = workspace.server) {
      ApiClient client = ApiClient.workspace(config(workspace).build());
      assertEquals("external-browser", client.authentication());
      assertTrue(client.service(ThingsApi.class).get().path("ok").asBoolean());

      URI opened = browser.opened().get(0);
      Map<String, String> authorize = LoopbackServer.decode(opened.getRawQuery());
      assertEquals(server.url() + "/oidc/v1/authorize", opened.toString().substring(0, opened.toString().indexOf('?')));
      assertEquals("code", authorize.get("response_type"));
      assertEquals("databricks-cli", authorize.get("client_id"));
      assertEquals("all-apis offline_access", authorize.get("scope"));
      assertEquals("S256", authorize.get("code_challenge_method"));
      assertTrue(authorize.get("redirect_uri").matches("http://localhost:[0-9]+"), authorize.get("redirect_uri"));
      assertTrue(authorize.get("state").length() >= 16);
      Map<String, String> exchange = workspace.calls("/token").get(0).form();
      assertEquals("authorization_code", exchange.get("grant_type"));
      assertEquals("code-0", exchange.get("code"));
      assertEquals(authorize.get("redirect_uri"), exchange.get("redirect_uri"));
      assertEquals(authorize.get("code_challenge"), AuthorizationCodeLogin.challenge(exchange.get("code_verifier")));
      assertEquals(200, browser.lastPage().statusCode());
      assertTrue(browser.lastPage().body().contains("Logged in"), browser.lastPage().body());

      JsonNode entry = cache().path("tokens").path(server.url());
      assertEquals(1, cache().path("version").asInt());
      assertEquals("u2m-access-1", entry.path("access_token").asText());
      assertEquals("u2m-refresh-1", entry.path("refresh_token").asText());
      assertEquals("Bearer", entry.path("token_type").asText());
      assertTrue(Instant.parse(entry.path("expiry").asText()).isAfter(Instant.now().plusSeconds(3000)));
      assertEquals("rw-------", PosixFilePermissions.toString(
          Files.getPosixFilePermissions(home.resolve(".databricks/token-cache.json"))));
      assertEquals("Bearer u2m-access-1", server.requests().get(server.requests().size() - 1).header("Authorization"));
    }
  }

  @Test
  void aTokenCachedByTheCliIsUsedWithoutABrowser() throws Exception {
    Workspace workspace = new Workspace("/oidc/v1");
    try (LoopbackServer server = workspace.server) {
      writeCache("{\"version\":1,\"tokens\":{\"" + server.url() + "\":{\"access_token\":\"u2m-access-cli\","
          + "\"token_type\":\"Bearer\",\"refresh_token\":\"u2m-refresh-cli\",\"expiry\":\"2099-01-01T00:00:00.5+01:00\"}}}");
      ApiClient client = ApiClient.workspace(config(workspace).build());
      client.service(ThingsApi.class).get();
      assertTrue(browser.opened().isEmpty());
      assertTrue(workspace.calls("/token").isEmpty());
      assertEquals("Bearer u2m-access-cli", server.requests().get(0).header("Authorization"));
    }
  }

  @Test
  void anExpiredCachedTokenIsRefreshedAndTheRestOfTheCacheKept() throws Exception {
    Workspace workspace = new Workspace("/oidc/v1");
    try (LoopbackServer server = workspace.server) {
      writeCache("{\"version\":1,\"tokens\":{\"https://other.cloud.databricks.com\":{\"access_token\":\"other\"},"
          + "\"" + server.url() + "\":{\"access_token\":\"u2m-access-old\",\"refresh_token\":\"u2m-refresh-old\","
          + "\"expiry\":\"2020-01-01T00:00:00Z\",\"kept\":\"by the CLI\"}}}");
      ApiClient client = ApiClient.workspace(config(workspace).build());
      client.service(ThingsApi.class).get();
      assertTrue(browser.opened().isEmpty(), "a refresh token needs no browser");
      Map<String, String> refresh = workspace.calls("/token").get(0).form();
      assertEquals(Map.of("grant_type", "refresh_token", "refresh_token", "u2m-refresh-old", "client_id",
          "databricks-cli"), refresh);
      JsonNode tokens = cache().path("tokens");
      assertEquals("other", tokens.path("https://other.cloud.databricks.com").path("access_token").asText());
      assertEquals("u2m-refresh-1", tokens.path(server.url()).path("refresh_token").asText(), "rotated");
      assertEquals("by the CLI", tokens.path(server.url()).path("kept").asText());
    }
  }

  @Test
  void aRefusedRefreshTokenLogsInAgainInTheBrowser() throws Exception {
    Workspace workspace = new Workspace("/oidc/v1");
    workspace.refreshRefused = true;
    try (LoopbackServer server = workspace.server) {
      writeCache("{\"version\":1,\"tokens\":{\"" + server.url() + "\":{\"access_token\":\"x\","
          + "\"refresh_token\":\"u2m-refresh-revoked\",\"expiry\":\"2020-01-01T00:00:00Z\"}}}");
      ApiClient.workspace(config(workspace).build()).service(ThingsApi.class).get();
      assertEquals(1, browser.opened().size());
      assertEquals(2, workspace.calls("/token").size(), "the refused refresh, then the code exchange");
    }
  }

  @Test
  void a401IsAnsweredWithTheRefreshTokenOnce() throws Exception {
    Workspace workspace = new Workspace("/oidc/v1");
    try (LoopbackServer server = workspace.server) {
      ThingsApi things = ApiClient.workspace(config(workspace).build()).service(ThingsApi.class);
      assertTrue(things.get().path("ok").asBoolean());
      workspace.rejected = "u2m-access-1";
      assertTrue(things.get().path("ok").asBoolean(), "refreshed and retried");
      assertEquals("u2m-refresh-1", workspace.calls("/token").get(1).form().get("refresh_token"));
      assertEquals(2, workspace.calls("/token").size());
      assertEquals(1, browser.opened().size(), "no second login");
      assertEquals("u2m-access-2", cache().path("tokens").path(server.url()).path("access_token").asText());
    }
  }

  @Test
  void theAccountApiLogsInAtTheAccountsEndpointsUnderItsOwnKey() throws Exception {
    Workspace account = new Workspace("/oidc/accounts/acc-1/v1");
    try (LoopbackServer server = account.server) {
      ApiClient.account(config(account).accountId("acc-1").build());
      assertTrue(browser.opened().get(0).getPath().endsWith("/oidc/accounts/acc-1/v1/authorize"));
      assertEquals("u2m-access-1", cache().path("tokens").path(server.url() + "/oidc/accounts/acc-1")
          .path("access_token").asText());
    }
  }

  @Test
  @Tag(FaultCount.TAG)
  void aRedirectWithAnotherStateIsRefused() throws Exception {
    Workspace workspace = new Workspace("/oidc/v1");
    workspace.stateOverride = "forged-state";
    try (LoopbackServer server = workspace.server) {
      ConfigException e = assertThrows(ConfigException.class, () -> ApiClient.workspace(config(workspace).build()));
      assertTrue(e.getMessage().contains("answered another login (its state differs)"), e.getMessage());
      assertEquals(400, browser.lastPage().statusCode());
      assertTrue(workspace.calls("/token").isEmpty(), "the code is never exchanged");
    }
  }

  @Test
  @Tag(FaultCount.TAG)
  void aRefusedLoginNamesTheError() throws Exception {
    Workspace workspace = new Workspace("/oidc/v1");
    workspace.errorRedirect = "access_denied";
    try (LoopbackServer server = workspace.server) {
      UnauthenticatedException e = assertThrows(UnauthenticatedException.class,
          () -> ApiClient.workspace(config(workspace).build()));
      assertTrue(e.getMessage().contains("external-browser: the login at " + server.url() + "/oidc/v1/authorize "
          + "failed: access_denied (The user said no)"), e.getMessage());
      assertEquals("access_denied", e.errorCode());
    }
  }

  @Test
  @Tag(FaultCount.TAG)
  void noRedirectInTimeSaysWhatToDo() throws Exception {
    Workspace workspace = new Workspace("/oidc/v1");
    try (LoopbackServer server = workspace.server) {
      ConfigException e = assertThrows(ConfigException.class, () -> ApiClient.workspace(config(workspace)
          .browserLogin(BrowserLogin.defaults().withOpener(url -> { }).withRedirectPort(0)
              .withTimeout(Duration.ofMillis(200))).build()));
      assertTrue(e.getMessage().contains("no login came back to http://localhost:"), e.getMessage());
      assertTrue(e.getMessage().contains("databricks auth login --host " + server.url()), e.getMessage());
    }
  }

  @Test
  @Tag(FaultCount.TAG)
  void aBusyRedirectPortIsNamed() throws Exception {
    Workspace workspace = new Workspace("/oidc/v1");
    try (LoopbackServer server = workspace.server;
         ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      ConfigException e = assertThrows(ConfigException.class, () -> ApiClient.workspace(config(workspace)
          .browserLogin(BrowserLogin.defaults().withOpener(browser).withRedirectPort(taken.getLocalPort())).build()));
      assertTrue(e.getMessage().startsWith("external-browser: cannot listen on localhost:" + taken.getLocalPort()),
          e.getMessage());
      assertTrue(browser.opened().isEmpty());
    }
  }

  @Test
  @Tag(FaultCount.TAG)
  void aCacheOfAnotherVersionIsNeitherUsedNorOverwritten() throws Exception {
    Workspace workspace = new Workspace("/oidc/v1");
    try (LoopbackServer server = workspace.server) {
      writeCache("{\"version\":2,\"tokens\":{}}");
      ConfigException e = assertThrows(ConfigException.class, () -> ApiClient.workspace(config(workspace).build()));
      assertTrue(e.getMessage().contains("has version 2; brickapi reads version 1"), e.getMessage());
      assertEquals(2, cache().path("version").asInt());
    }
  }

  @Test
  @Tag(FaultCount.TAG)
  void aRefusedRefreshNeverShowsTheRefreshToken() throws Exception {
    Workspace workspace = new Workspace("/oidc/v1");
    workspace.refreshRefused = true;
    try (LoopbackServer server = workspace.server) {
      AuthorizationCodeLogin login = new AuthorizationCodeLogin(server.url() + "/oidc/v1", "databricks-cli",
          BrowserLogin.defaults(), dev.brickapi.runtime.http.Transports.create(TestClients.config(server.url()).build()),
          new feign.Request.Options(), "databricks auth login --host " + server.url());
      UnauthenticatedException e = assertThrows(UnauthenticatedException.class,
          () -> login.refresh("u2m-refresh-secret-9", 0));
      assertEquals("POST /oidc/v1/token failed: HTTP 400 invalid_grant: external-browser: the token endpoint refused "
          + "the refresh token: grant *** is invalid", e.getMessage());
      assertNull(e.reason());
      assertFalse(e.getMessage().contains("u2m-refresh-secret-9"));
    }
  }
}
