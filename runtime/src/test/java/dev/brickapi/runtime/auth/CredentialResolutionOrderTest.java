package dev.brickapi.runtime.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.runtime.Config;
import dev.brickapi.runtime.ConfigException;
import dev.brickapi.runtime.CredentialsUnavailableException;
import dev.brickapi.runtime.testing.FakeCommands;
import dev.brickapi.runtime.testing.FaultCount;
import feign.Request;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which method a configuration gets: {@code auth_type} when set (builder, then {@code DATABRICKS_AUTH_TYPE}, then the
 * profile), else the first that works in the official tools' order, a CLI that is missing or not logged in passed
 * over. Environment, profile, builder values and fake {@code databricks}/{@code az} per row; no HTTP while choosing.
 */
@DisabledOnOs(OS.WINDOWS)
class CredentialResolutionOrderTest {
  private static final String LOOPBACK = "http://127.0.0.1:9";
  private static final String AZURE = "https://adb-1.2.azuredatabricks.net";
  private static final String RESOURCE_ID = "/subscriptions/s/resourceGroups/g/providers/Microsoft.Databricks/workspaces/w";
  private static final String NONE = "(none)";

  @TempDir
  Path home;

  /** One row of the table: what is configured, which tools are installed and logged in, which method wins. */
  static final class Row {
    final String name;
    String host = LOOPBACK;
    final Map<String, String> env = new LinkedHashMap<>();
    String profile = "";
    UnaryOperator<Config.Builder> builder = b -> b;
    final Map<String, Boolean> tools = new LinkedHashMap<>();
    String expected;

    Row(String name) {
      this.name = name;
    }

    Row host(String host) {
      this.host = host;
      return this;
    }

    Row env(String name, String value) {
      env.put(name, value);
      return this;
    }

    Row profile(String lines) {
      profile += lines + "\n";
      return this;
    }

    Row builder(UnaryOperator<Config.Builder> builder) {
      this.builder = builder;
      return this;
    }

    /** {@code databricks} or {@code az}, logged in or not. */
    Row tool(String name, boolean loggedIn) {
      tools.put(name, loggedIn);
      return this;
    }

    Row expect(String authType) {
      this.expected = authType;
      return this;
    }

    @Override
    public String toString() {
      return name + " -> " + expected;
    }
  }

  static Row row(String name) {
    return new Row(name);
  }

  static Stream<Row> table() {
    return Stream.of(
        row("only a host").expect(NONE),
        row("a PAT").env("DATABRICKS_TOKEN", "dapi-1").expect("pat"),
        row("a PAT beats a logged-in CLI").profile("token = dapi-1").tool("databricks", true).expect("pat"),
        row("an Azure AD token").profile("azure_ad_token = eyJ-aad").expect("azure-ad-token"),
        row("a user and password").env("DATABRICKS_USERNAME", "u").env("DATABRICKS_PASSWORD", "p").expect("basic"),
        row("a PAT beats a password").env("DATABRICKS_TOKEN", "t").env("DATABRICKS_USERNAME", "u")
            .env("DATABRICKS_PASSWORD", "p").expect("pat"),
        row("a password without a user").env("DATABRICKS_PASSWORD", "p").expect(NONE),
        row("OAuth client id and secret").env("DATABRICKS_CLIENT_ID", "c").env("DATABRICKS_CLIENT_SECRET", "s")
            .expect("oauth-m2m"),
        row("M2M beats a logged-in CLI").profile("client_id = c").profile("client_secret = s").tool("databricks", true)
            .expect("oauth-m2m"),
        row("a logged-in Databricks CLI").tool("databricks", true).expect("databricks-cli"),
        row("a CLI not logged in is passed over").tool("databricks", false).expect(NONE),
        row("the Databricks CLI beats an Azure service principal").host(AZURE).tool("databricks", true)
            .env("ARM_TENANT_ID", "t").env("ARM_CLIENT_ID", "c").env("ARM_CLIENT_SECRET", "s").expect("databricks-cli"),
        row("an Azure service principal").env("ARM_TENANT_ID", "t").env("ARM_CLIENT_ID", "c")
            .env("ARM_CLIENT_SECRET", "s").expect("azure-client-secret"),
        row("M2M beats an Azure service principal").env("ARM_TENANT_ID", "t").env("ARM_CLIENT_ID", "c")
            .env("ARM_CLIENT_SECRET", "s").env("DATABRICKS_CLIENT_ID", "m").env("DATABRICKS_CLIENT_SECRET", "m")
            .expect("oauth-m2m"),
        row("a managed identity on an Azure host").host(AZURE).env("ARM_USE_MSI", "true").expect("azure-msi"),
        row("a managed identity with a resource id").env("ARM_USE_MSI", "true")
            .profile("azure_workspace_resource_id = " + RESOURCE_ID).expect("azure-msi"),
        row("no managed identity for another cloud's host").env("ARM_USE_MSI", "true").expect(NONE),
        row("ARM_USE_MSI=false").host(AZURE).env("ARM_USE_MSI", "false").expect(NONE),
        row("a managed identity beats a client secret").host(AZURE).env("ARM_USE_MSI", "true")
            .env("ARM_TENANT_ID", "t").env("ARM_CLIENT_ID", "c").env("ARM_CLIENT_SECRET", "s").expect("azure-msi"),
        row("az on an Azure host").host(AZURE).tool("az", true).expect("azure-cli"),
        row("az with a resource id").env("DATABRICKS_AZURE_RESOURCE_ID", RESOURCE_ID).tool("az", true)
            .expect("azure-cli"),
        row("az never for another cloud's host").tool("az", true).expect(NONE),
        row("az not logged in").host(AZURE).tool("az", false).expect(NONE),
        row("a Databricks CLI not logged in passes to az").host(AZURE).tool("databricks", false).tool("az", true)
            .expect("azure-cli"),
        row("a client secret beats az").host(AZURE).tool("az", true).env("ARM_TENANT_ID", "t")
            .env("ARM_CLIENT_ID", "c").env("ARM_CLIENT_SECRET", "s").expect("azure-client-secret"),
        row("GitHub Actions with a client id").env("DATABRICKS_CLIENT_ID", "c")
            .env("ACTIONS_ID_TOKEN_REQUEST_URL", "http://127.0.0.1:9/t").env("ACTIONS_ID_TOKEN_REQUEST_TOKEN", "r")
            .expect("github-oidc"),
        row("M2M beats GitHub Actions").env("DATABRICKS_CLIENT_ID", "c").env("DATABRICKS_CLIENT_SECRET", "s")
            .env("ACTIONS_ID_TOKEN_REQUEST_URL", "http://127.0.0.1:9/t").env("ACTIONS_ID_TOKEN_REQUEST_TOKEN", "r")
            .expect("oauth-m2m"),
        row("the profile's auth_type beats a PAT in the environment").profile("auth_type = databricks-cli")
            .env("DATABRICKS_TOKEN", "dapi-1").tool("databricks", true).expect("databricks-cli"),
        row("DATABRICKS_AUTH_TYPE beats the profile's").profile("auth_type = databricks-cli").profile("token = t")
            .env("DATABRICKS_AUTH_TYPE", "pat").tool("databricks", true).expect("pat"),
        row("the builder's auth_type beats DATABRICKS_AUTH_TYPE").env("DATABRICKS_AUTH_TYPE", "pat")
            .env("DATABRICKS_TOKEN", "t").tool("az", true).builder(b -> b.authType("azure-cli")).expect("azure-cli"),
        row("a named Azure method is tried on any host").profile("auth_type = azure-msi").expect("azure-msi"));
  }

  private String choose(Row row) throws Exception {
    FakeCommands commands = new FakeCommands(home.resolve("bin"));
    for (Map.Entry<String, Boolean> tool : row.tools.entrySet()) {
      String json = tool.getKey().equals("az") ? "{\"accessToken\":\"az\",\"expires_on\":4070908800}"
          : "{\"access_token\":\"cli\"}";
      if (tool.getValue()) {
        commands.printing(tool.getKey(), json);
      } else {
        commands.failing(tool.getKey(), 1, "not logged in");
      }
    }
    Files.write(home.resolve(".databrickscfg"), ("[DEFAULT]\nhost = " + row.host + "\n" + row.profile)
        .getBytes(StandardCharsets.UTF_8));
    Map<String, String> env = commands.environment();
    env.putAll(row.env);
    Config config = row.builder.apply(Config.builder().environment(env).home(home).allowInsecureLoopback(true)).build();
    return CredentialChooser.choose(config, (request, options) -> {
      throw new AssertionError("no HTTP while choosing: " + request.url());
    }, new Request.Options(), false).name();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void theNamedMethodOrTheFirstThatWorksWins(Row row) throws Exception {
    if (NONE.equals(row.expected)) {
      ConfigException e = assertThrows(ConfigException.class, () -> choose(row));
      assertTrue(e.getMessage().startsWith("no credentials for "), e.getMessage());
    } else {
      assertEquals(row.expected, choose(row));
    }
  }

  @Test
  void theOrderIsTheOfficialToolsOne() {
    List<String> order = new ArrayList<>();
    CredentialChooser.DEFAULT_ORDER.forEach(p -> order.add(p.authType()));
    assertEquals(List.of("pat", "azure-ad-token", "basic", "oauth-m2m", "databricks-cli", "github-oidc", "azure-msi",
        "azure-client-secret", "azure-cli", "external-browser"), order);
  }

  @Test
  @Tag(FaultCount.TAG)
  void aCliThatIsNotLoggedInIsListedWithItsLoginCommand() throws Exception {
    ConfigException e = assertThrows(ConfigException.class, () -> choose(row("x").tool("databricks", false)));
    assertTrue(e.getMessage().contains("\n  - databricks-cli: `databricks auth token --host http://127.0.0.1:9` failed "
        + "(exit 1): not logged in; log in with `databricks auth login --host http://127.0.0.1:9`\n"), e.getMessage());
    assertTrue(e.getMessage().contains("\n  - OAuth login in a browser (only with auth_type = external-browser)"),
        e.getMessage());
  }

  @Test
  @Tag(FaultCount.TAG)
  void aNamedMethodThatLacksAnAttributeSaysWhatAndNeverFallsBack() {
    ConfigException e = assertThrows(ConfigException.class, () -> choose(row("x").profile("auth_type = oauth-m2m")
        .profile("client_id = c").env("DATABRICKS_TOKEN", "dapi-would-work")));
    assertEquals("auth_type oauth-m2m (~/.databrickscfg [DEFAULT]) cannot be used: OAuth machine-to-machine "
        + "(DATABRICKS_CLIENT_ID, DATABRICKS_CLIENT_SECRET; missing DATABRICKS_CLIENT_SECRET). Set what it needs, or "
        + "name another auth_type, or remove auth_type to let brickapi choose.", e.getMessage());
  }

  @Test
  @Tag(FaultCount.TAG)
  void aNamedCliThatIsNotLoggedInIsTheError() {
    ConfigException e = assertThrows(CredentialsUnavailableException.class, () -> choose(row("x")
        .env("DATABRICKS_AUTH_TYPE", "databricks-cli").env("DATABRICKS_TOKEN", "t").tool("databricks", false)));
    assertTrue(e.getMessage().contains("log in with `databricks auth login --host http://127.0.0.1:9`"), e.getMessage());
  }

  @Test
  @Tag(FaultCount.TAG)
  void anUnknownAuthTypeListsTheKnownOnes() {
    ConfigException e = assertThrows(ConfigException.class, () -> choose(row("x").env("DATABRICKS_AUTH_TYPE", "oauth")));
    assertEquals("auth_type oauth (env DATABRICKS_AUTH_TYPE) is not an authentication method; use one of pat, "
        + "azure-ad-token, basic, oauth-m2m, databricks-cli, github-oidc, azure-msi, azure-client-secret, azure-cli, "
        + "external-browser, or remove auth_type to let brickapi choose", e.getMessage());
    ConfigException google = assertThrows(ConfigException.class,
        () -> choose(row("x").profile("auth_type = google-id")));
    assertTrue(google.getMessage().contains("is a method of the official tools that brickapi does not implement"),
        google.getMessage());
  }

  @Test
  @Tag(FaultCount.TAG)
  void externalBrowserIsNeverTriedUnlessNamed() throws Exception {
    ConfigException e = assertThrows(ConfigException.class, () -> choose(row("x")));
    assertFalse(e.getMessage().contains("cannot listen"), e.getMessage());
    ConfigException named = assertThrows(ConfigException.class,
        () -> choose(row("x").host("").builder(b -> b.authType("external-browser"))));
    assertTrue(named.getMessage().contains("OAuth login in a browser (only with auth_type = external-browser; missing "
        + "DATABRICKS_HOST)"), named.getMessage());
  }
}
