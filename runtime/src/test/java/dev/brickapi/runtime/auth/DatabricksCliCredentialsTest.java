package dev.brickapi.runtime.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.runtime.ApiClient;
import dev.brickapi.runtime.Config;
import dev.brickapi.runtime.ConfigException;
import dev.brickapi.runtime.CredentialsUnavailableException;
import dev.brickapi.runtime.testing.FakeCommands;
import dev.brickapi.runtime.testing.FaultCount;
import dev.brickapi.runtime.testing.LoopbackServer;
import dev.brickapi.runtime.testing.LoopbackServer.Reply;
import dev.brickapi.runtime.testing.TestClients;
import dev.brickapi.runtime.testing.ThingsApi;
import feign.Request;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** {@code auth_type = databricks-cli}: tokens from {@code databricks auth token}, here a fake on a private PATH. */
@DisabledOnOs(OS.WINDOWS)
class DatabricksCliCredentialsTest {
  private static final String TOKEN = "{\"access_token\":\"cli-token-$n\",\"token_type\":\"Bearer\","
      + "\"expiry\":\"2099-01-01T10:00:00.123456+02:00\"}";

  @TempDir
  Path home;
  FakeCommands commands;

  @BeforeEach
  void tools() throws Exception {
    commands = new FakeCommands(home.resolve("bin"));
  }

  private void printsTokens() throws Exception {
    commands.script("databricks", "printf '%s\\n' \"" + TOKEN.replace("\"", "\\\"") + "\"");
  }

  private Config.Builder config(String url) {
    return TestClients.config(url, home).environment(commands.environment());
  }

  private static RefreshingTokenSource configure(Config config, boolean account, AtomicLong clock) {
    CredentialsProvider.Context context = new CredentialsProvider.Context((r, o) -> {
      throw new AssertionError("no HTTP while asking the CLI");
    }, new Request.Options(), account).withClock(clock::get);
    return (RefreshingTokenSource) new DatabricksCliCredentials().configure(config, context).get();
  }

  @Test
  void aProfileWrittenByTheCliWorksUnchanged() throws Exception {
    printsTokens();
    try (LoopbackServer server = LoopbackServer.start(r -> Reply.json(200, "{}"))) {
      Files.write(home.resolve(".databrickscfg"), ("; written by databricks auth login\n[DEFAULT]\nhost      = "
          + server.url() + "/\nauth_type = databricks-cli\n").getBytes(StandardCharsets.UTF_8));
      ApiClient client = ApiClient.workspace(Config.builder().environment(commands.environment()).home(home)
          .allowInsecureLoopback(true).build());
      assertEquals("databricks-cli", client.authentication());
      client.service(ThingsApi.class).get();
      client.service(ThingsApi.class).get();
      assertEquals("Bearer cli-token-1", server.requests().get(1).header("Authorization"));
      assertEquals(List.of("auth token --host " + server.url()), commands.calls("databricks"),
          "asked once, with the profile's host (no trailing slash); the token is cached");
    }
  }

  @Test
  void theTokenIsKeptUntilShortlyBeforeItsExpiry() throws Exception {
    printsTokens();
    long expiry = Instant.parse("2099-01-01T08:00:00.123456Z").toEpochMilli();
    AtomicLong clock = new AtomicLong(expiry - 7_200_000);
    RefreshingTokenSource tokens = configure(config("http://127.0.0.1:9").build(), false, clock);
    assertEquals("cli-token-1", tokens.token());
    assertEquals(Instant.parse("2099-01-01T08:00:00.123456Z"), tokens.current().expiry(),
        "the RFC 3339 expiry with its offset");
    clock.set(expiry - 61_000);
    assertEquals("cli-token-1", tokens.token());
    clock.set(expiry - 59_000);
    assertEquals("cli-token-2", tokens.token());
    assertEquals(2, commands.calls("databricks").size());
  }

  @Test
  void aRefused401RunsTheCommandAgainOnceAndRetries() throws Exception {
    printsTokens();
    try (LoopbackServer server = LoopbackServer.start(r -> "Bearer cli-token-2".equals(r.header("Authorization"))
        ? Reply.json(200, "{\"ok\":true}") : Reply.json(401, "{\"error_code\":\"UNAUTHENTICATED\"}"))) {
      ApiClient client = ApiClient.workspace(config(server.url()).authType("databricks-cli").build());
      assertTrue(client.service(ThingsApi.class).get().path("ok").asBoolean());
      assertEquals(2, commands.calls("databricks").size());
      assertEquals(2, server.requests().size());
    }
  }

  @Test
  void theAccountApiPassesTheAccountId() throws Exception {
    printsTokens();
    configure(config("http://127.0.0.1:9").accountId("acc-1").build(), true, new AtomicLong());
    assertEquals(List.of("auth token --host http://127.0.0.1:9 --account-id acc-1"), commands.calls("databricks"));
  }

  @Test
  void databricksCliPathNamesAnExecutableOffThePath() throws Exception {
    FakeCommands elsewhere = new FakeCommands(home.resolve("opt"));
    elsewhere.printing("dbx", "{\"access_token\":\"from-dbx\"}");
    Files.write(home.resolve(".databrickscfg"), ("[DEFAULT]\nauth_type = databricks-cli\ndatabricks_cli_path = "
        + elsewhere.folder().resolve("dbx") + "\n").getBytes(StandardCharsets.UTF_8));
    RefreshingTokenSource tokens = configure(config("http://127.0.0.1:9").build(), false, new AtomicLong());
    assertEquals("from-dbx", tokens.token());
    assertEquals(null, tokens.current().expiry(), "no expiry printed: kept until a 401");
  }

  @Test
  @Tag(FaultCount.TAG)
  void aMissingCliNamedByAuthTypeSaysHowToInstallIt() {
    ConfigException e = assertThrows(CredentialsUnavailableException.class,
        () -> ApiClient.workspace(config("http://127.0.0.1:9").authType("databricks-cli").build()));
    assertTrue(e.getMessage().startsWith("databricks-cli: `databricks` is not on the PATH; install the Databricks CLI"),
        e.getMessage());
    assertTrue(e.getMessage().contains("databricks_cli_path"), e.getMessage());
  }

  @Test
  @Tag(FaultCount.TAG)
  void notLoggedInNamesTheCommandItsComplaintAndTheLogin() throws Exception {
    commands.failing("databricks", 1, "Error: cannot get access token: databricks OAuth is not configured for this "
        + "host. Try logging in again with `databricks auth login --host http://127.0.0.1:9` before retrying.");
    ConfigException e = assertThrows(CredentialsUnavailableException.class,
        () -> ApiClient.workspace(config("http://127.0.0.1:9").authType("databricks-cli").build()));
    assertEquals("databricks-cli: `databricks auth token --host http://127.0.0.1:9` failed (exit 1): Error: cannot "
        + "get access token: databricks OAuth is not configured for this host. Try logging in again with `databricks "
        + "auth login --host http://127.0.0.1:9` before retrying.; log in with `databricks auth login --host "
        + "http://127.0.0.1:9`", e.getMessage());
  }

  @Test
  @Tag(FaultCount.TAG)
  void aHangingCliIsStoppedAfterTheTimeout() throws Exception {
    commands.hanging("databricks");
    ConfigException e = assertThrows(ConfigException.class, () -> ApiClient.workspace(config("http://127.0.0.1:9")
        .authType("databricks-cli").commandTimeout(Duration.ofMillis(300)).build()));
    assertFalse(e instanceof CredentialsUnavailableException, "a hang is no 'not logged in'");
    assertTrue(e.getMessage().startsWith("databricks-cli: `databricks auth token --host http://127.0.0.1:9` did not "
        + "finish within 300 ms and was stopped"), e.getMessage());
    assertTrue(e.getMessage().contains("commandTimeout"), e.getMessage());
  }

  @Test
  @Tag(FaultCount.TAG)
  void outputThatIsNoJsonIsNeverShown() throws Exception {
    commands.printing("databricks", "access_token=dapi-printed-secret");
    ConfigException e = assertThrows(ConfigException.class,
        () -> ApiClient.workspace(config("http://127.0.0.1:9").authType("databricks-cli").build()));
    assertTrue(e.getMessage().contains("printed no JSON object"), e.getMessage());
    assertFalse(e.getMessage().contains("dapi-printed-secret"), e.getMessage());
  }

  @Test
  @Tag(FaultCount.TAG)
  void aTokenInTheComplaintIsMasked() throws Exception {
    commands.failing("databricks", 2, "Error: token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl was refused "
        + "(Bearer dapi-in-stderr-123)");
    ConfigException e = assertThrows(CredentialsUnavailableException.class,
        () -> ApiClient.workspace(config("http://127.0.0.1:9").authType("databricks-cli").build()));
    assertFalse(e.getMessage().contains("eyJ"), e.getMessage());
    assertFalse(e.getMessage().contains("dapi-in-stderr-123"), e.getMessage());
    assertTrue(e.getMessage().contains("Error: token *** was refused"), e.getMessage());
  }

  @Test
  @Tag(FaultCount.TAG)
  void theLegacyPythonCliIsRecognised() throws Exception {
    commands.failing("databricks", 2, "Error: No such command 'auth'.");
    ConfigException e = assertThrows(CredentialsUnavailableException.class,
        () -> ApiClient.workspace(config("http://127.0.0.1:9").authType("databricks-cli").build()));
    assertTrue(e.getMessage().contains("legacy Python CLI"), e.getMessage());
  }
}
