package dev.brickapi.runtime.auth;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.runtime.ApiClient;
import dev.brickapi.runtime.Config;
import dev.brickapi.runtime.DatabricksException;
import dev.brickapi.runtime.testing.LogLines;
import dev.brickapi.runtime.testing.FakeCommands;
import dev.brickapi.runtime.testing.FaultCount;
import dev.brickapi.runtime.testing.FollowingBrowser;
import dev.brickapi.runtime.testing.LoopbackServer;
import dev.brickapi.runtime.testing.LoopbackServer.Recorded;
import dev.brickapi.runtime.testing.LoopbackServer.Reply;
import dev.brickapi.runtime.testing.TestClients;
import dev.brickapi.runtime.testing.ThingsApi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every logger at TRACE, each new method used and refused, the API echoing the credentials it received: no log
 * line, exception message (cause chain included) or {@code toString} holds a token, password, code, verifier,
 * refresh token, identity header or ID token.
 */
@Tag(FaultCount.TAG)
@DisabledOnOs(OS.WINDOWS)
class AuthSecretsNeverLoggedTest {
  private static final String CLI_TOKEN = "cli-access-token-0001";
  private static final String AZ_TOKEN = "az-access-token-0002";
  private static final String MGMT_TOKEN = "az-management-token-0003";
  private static final String MSI_TOKEN = "msi-access-token-0004";
  private static final String IDENTITY_HEADER = "identity-header-value-0005";
  private static final String PASSWORD = "basic-password-0006";
  private static final String GH_REQUEST = "gh-request-token-0007";
  private static final String ID_TOKEN = "gh-id-token-0008";
  private static final String WIF_TOKEN = "wif-access-token-0009";
  private static final String U2M_ACCESS = "u2m-access-token-0010";
  private static final String U2M_REFRESH = "u2m-refresh-token-0011";
  private static final List<String> SECRETS = List.of(CLI_TOKEN, AZ_TOKEN, MGMT_TOKEN, MSI_TOKEN, IDENTITY_HEADER,
      PASSWORD, GH_REQUEST, ID_TOKEN, WIF_TOKEN, U2M_ACCESS, U2M_REFRESH,
      Base64.getEncoder().encodeToString(("ada:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));

  @TempDir
  Path home;
  @RegisterExtension
  final LogLines log = new LogLines();
  private final List<String> texts = new ArrayList<>();

  /** Token endpoints that hand out the secrets above, and an API that echoes every credential header it got. */
  private Reply serve(Recorded r) {
    switch (r.path) {
      case "/msi":
        return Reply.json(200, "{\"access_token\":\"" + MSI_TOKEN + "\",\"expires_in\":3600}");
      case "/gh":
        return Reply.json(200, "{\"value\":\"" + ID_TOKEN + "\"}");
      case "/oidc/v1/authorize":
        return Reply.of(302, "text/plain", "").header("Location", r.queryParameters().get("redirect_uri")
            + "?code=code-x&state=" + r.queryParameters().get("state"));
      case "/oidc/v1/token":
        return r.bodyText().contains("token-exchange")
            ? Reply.json(200, "{\"access_token\":\"" + WIF_TOKEN + "\",\"expires_in\":3600}")
            : r.bodyText().contains("refresh_token=")
            ? Reply.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"" + U2M_REFRESH + " expired\"}")
            : Reply.json(200, "{\"access_token\":\"" + U2M_ACCESS + "\",\"refresh_token\":\"" + U2M_REFRESH + "\","
            + "\"expires_in\":3600}");
      default:
        return Reply.json(400, "{\"error_code\":\"INVALID_PARAMETER_VALUE\",\"message\":\"got " + r.headers.entrySet()
            .stream().filter(h -> h.getKey().startsWith("authorization") || h.getKey().startsWith("x-databricks"))
            .map(Map.Entry::toString).collect(Collectors.joining(" and ")) + "\"}");
    }
  }

  private void exercise(Supplier<Config.Builder> builder) {
    Config config = builder.get().build();
    texts.add(config.toString());
    ApiClient client = ApiClient.workspace(config);
    DatabricksException e = assertThrows(DatabricksException.class, () -> client.service(ThingsApi.class).get());
    for (Throwable t = e; t != null; t = t.getCause()) {
      texts.add(t.toString());
    }
  }

  private void failing(Runnable build) {
    DatabricksException e = assertThrows(DatabricksException.class, build::run);
    for (Throwable t = e; t != null; t = t.getCause()) {
      texts.add(t.toString());
    }
  }

  @Test
  void noCredentialReachesALogLineAMessageOrAToString() throws Exception {
    FakeCommands commands = new FakeCommands(home.resolve("bin"));
    commands.printing("databricks", "{\"access_token\":\"" + CLI_TOKEN + "\",\"expiry\":\"2099-01-01T00:00:00Z\"}");
    commands.script("az", "case \"$*\" in *management*) printf '%s\\n' '{\"accessToken\":\"" + MGMT_TOKEN
        + "\",\"expires_on\":4070908800}';; *) printf '%s\\n' '{\"accessToken\":\"" + AZ_TOKEN
        + "\",\"expires_on\":4070908800}';; esac");
    try (LoopbackServer server = LoopbackServer.start(this::serve)) {
      Map<String, String> env = commands.environment();
      exercise(() -> TestClients.config(server.url(), home).environment(env).authType("databricks-cli"));
      exercise(() -> TestClients.config(server.url(), home).environment(env).authType("azure-cli")
          .azureWorkspaceResourceId("/subscriptions/s/resourceGroups/g/providers/Microsoft.Databricks/workspaces/w"));
      Map<String, String> appService = new HashMap<>(env);
      appService.put("IDENTITY_ENDPOINT", server.url() + "/msi");
      appService.put("IDENTITY_HEADER", IDENTITY_HEADER);
      exercise(() -> TestClients.config(server.url(), home).environment(appService).authType("azure-msi"));
      exercise(() -> TestClients.config(server.url(), home).environment(env).basicAuth("ada", PASSWORD));
      Map<String, String> github = new HashMap<>(env);
      github.put("ACTIONS_ID_TOKEN_REQUEST_URL", server.url() + "/gh?api-version=2.0");
      github.put("ACTIONS_ID_TOKEN_REQUEST_TOKEN", GH_REQUEST);
      github.put("DATABRICKS_CLIENT_ID", "sp");
      exercise(() -> TestClients.config(server.url(), home).environment(github));
      FollowingBrowser browser = new FollowingBrowser();
      // the second client finds the cached token expired, its refresh is refused (echoing the refresh token), and
      // it logs in again
      Supplier<Config.Builder> u2m = () -> TestClients.config(server.url(), home).environment(env)
          .authType("external-browser").browserLogin(BrowserLogin.defaults().withOpener(browser).withRedirectPort(0)
          .withTimeout(Duration.ofSeconds(20)));
      exercise(u2m);
      new TokenCache(home.resolve(".databricks/token-cache.json")).store(server.url(),
          new Token(U2M_ACCESS, U2M_REFRESH, java.time.Instant.parse("2020-01-01T00:00:00Z")));
      exercise(u2m);
      assertTrue(browser.opened().size() == 2, "refused refresh, second login: " + browser.opened().size());

      // a CLI whose refresh (after the API's 401) fails, quoting the token it printed before
      FakeCommands revoking = new FakeCommands(home.resolve("bin-revoking"));
      revoking.script("databricks", "if [ $n -eq 1 ]; then printf '%s\\n' '{\"access_token\":\"" + CLI_TOKEN + "\"}'; "
          + "else printf '%s\\n' 'Error: token " + CLI_TOKEN + " was revoked' >&2; exit 1; fi");
      try (LoopbackServer refusing = LoopbackServer.start(r -> Reply.json(401, "{\"error_code\":\"UNAUTHENTICATED\"}"))) {
        ApiClient client = ApiClient.workspace(TestClients.config(refusing.url(), home)
            .environment(revoking.environment()).authType("databricks-cli").build());
        failing(() -> client.service(ThingsApi.class).get());
      }
      assertTrue(texts.get(texts.size() - 1).contains("Error: token *** was revoked"), texts.get(texts.size() - 1));
    }
    List<String> lines = log.lines();
    assertTrue(lines.stream().anyMatch(l -> l.contains("DEBUG") && l.contains("new token")), "token fetches are logged");
    assertTrue(texts.stream().anyMatch(t -> t.contains("got authorization=Bearer ***")), String.join("\n", texts));
    assertTrue(texts.stream().anyMatch(t -> t.contains("x-databricks-azure-sp-management-token=***")),
        String.join("\n", texts));
    LogLines.assertNoSecret(lines, SECRETS);
    LogLines.assertNoSecret(texts, SECRETS);
  }
}
