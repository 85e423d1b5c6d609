package dev.brickapi.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.runtime.testing.FaultCount;
import dev.brickapi.runtime.Config;
import dev.brickapi.runtime.ConfigException;
import dev.brickapi.runtime.ProxySettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigResolutionTest {
  @TempDir
  Path home;

  final Map<String, String> env = new HashMap<>();

  @BeforeEach
  void files() throws IOException {
    write(".databrickscfg", "# profiles\n"
        + "[DEFAULT]\nhost = adb-111.1.azuredatabricks.net\ntoken = dapi-default-profile\n\n"
        + "[dev]\nhost = https://adb-222.2.azuredatabricks.net/\ntoken = dapi-dev-profile\naccount_id = acc-dev\n\n"
        + "[sp]\nhost = adb-333.3.azuredatabricks.net\nazure_tenant_id = tenant-1\nazure_client_id = app-1\n"
        + "azure_client_secret = sp-secret-1\n");
    write(".netrc", "machine adb-444.4.azuredatabricks.net login token password dapi-from-netrc\n"
        + "machine other.example.com login x password nope\n");
  }

  private void write(String name, String text) throws IOException {
    Files.write(home.resolve(name), text.getBytes(StandardCharsets.UTF_8));
  }

  private Config.Builder builder() {
    return Config.builder().environment(env).home(home);
  }

  @Test
  void defaultProfileAppliesWhenNothingElseIsSet() {
    Config config = builder().build();
    assertEquals("https://adb-111.1.azuredatabricks.net", config.host());
    assertEquals("dapi-default-profile", config.get(Attribute.TOKEN));
    assertEquals("~/.databrickscfg [DEFAULT]", config.sourceOf(Attribute.TOKEN));
  }

  @Test
  void environmentBeatsProfileAndBuilderBeatsEnvironment() {
    env.put("DATABRICKS_HOST", "adb-555.5.azuredatabricks.net");
    env.put("DATABRICKS_TOKEN", "dapi-env");
    Config fromEnv = builder().build();
    assertEquals("https://adb-555.5.azuredatabricks.net", fromEnv.host());
    assertEquals("dapi-env", fromEnv.get(Attribute.TOKEN));
    assertEquals("env DATABRICKS_TOKEN", fromEnv.sourceOf(Attribute.TOKEN));

    Config explicit = builder().token("dapi-builder").build();
    assertEquals("dapi-builder", explicit.get(Attribute.TOKEN));
    assertEquals("builder", explicit.sourceOf(Attribute.TOKEN));
    assertEquals("https://adb-555.5.azuredatabricks.net", explicit.host());
  }

  @Test
  void profileIsChosenByEnvironmentOrBuilder() {
    env.put("DATABRICKS_CONFIG_PROFILE", "dev");
    Config dev = builder().build();
    assertEquals("https://adb-222.2.azuredatabricks.net", dev.host());
    assertEquals("acc-dev", dev.accountId());

    Config sp = builder().profile("sp").build();
    assertEquals("tenant-1", sp.get(Attribute.AZURE_TENANT_ID));
    assertEquals("sp-secret-1", sp.get(Attribute.AZURE_CLIENT_SECRET));
    assertNull(sp.get(Attribute.TOKEN));
  }

  @Test
  void missingProfileNamesTheFileAndTheProfilesItHas() {
    ConfigException e = assertThrows(ConfigException.class, () -> builder().profile("prod").build());
    assertTrue(e.getMessage().contains("[prod]"), e.getMessage());
    assertTrue(e.getMessage().contains("[DEFAULT, dev, sp]"), e.getMessage());
  }

  @Test
  @Tag(FaultCount.TAG)
  void environmentProfileThatDoesNotExistMattersOnlyWhenNothingExplicitConfiguresTheClient() {
    env.put("DATABRICKS_CONFIG_PROFILE", "gone");
    Config explicit = builder().host("adb-9.9.azuredatabricks.net").token("dapi-explicit").build();
    assertEquals("https://adb-9.9.azuredatabricks.net", explicit.host());
    assertEquals("dapi-explicit", explicit.get(Attribute.TOKEN));
    ConfigException e = assertThrows(ConfigException.class, () -> builder().build());
    assertTrue(e.getMessage().contains("[gone] (from DATABRICKS_CONFIG_PROFILE) is not in"), e.getMessage());
  }

  @Test
  @Tag(FaultCount.TAG)
  void userInfoInTheHostIsRefusedWithoutShowingIt() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> HostRules.normalize("https://token:dapi-in-url-secret@adb-1.2.azuredatabricks.net", false));
    assertFalse(e.getMessage().contains("dapi-in-url-secret"), e.getMessage());
    assertTrue(e.getMessage().contains("must not contain a user name or password"), e.getMessage());
    ConfigException bad = assertThrows(ConfigException.class, () -> HostRules.normalize("https://u:p4ss@ho st", false));
    assertFalse(bad.getMessage().contains("p4ss"), bad.getMessage());
  }

  @Test
  @Tag(FaultCount.TAG)
  void hostWithAPathQueryOrBadPortIsRefused() {
    assertTrue(assertThrows(ConfigException.class,
        () -> HostRules.normalize("https://adb-1.2.azuredatabricks.net/api/2.0", false)).getMessage()
        .contains("has a path, query or fragment; give only scheme://host[:port], e.g. https://adb-1.2.azuredatabricks.net"));
    assertThrows(ConfigException.class, () -> HostRules.normalize("https://adb-1.2.azuredatabricks.net?o=123", false));
    assertTrue(assertThrows(ConfigException.class,
        () -> HostRules.normalize("https://adb-1.2.azuredatabricks.net:99999", false)).getMessage()
        .contains("outside 1-65535"));
  }

  @Test
  void armVariablesAndOAuthVariablesAreRead() {
    env.put("ARM_TENANT_ID", "t");
    env.put("ARM_CLIENT_ID", "c");
    env.put("ARM_CLIENT_SECRET", "s3cret-arm");
    env.put("DATABRICKS_CLIENT_ID", "m2m-id");
    env.put("DATABRICKS_CLIENT_SECRET", "m2m-secret");
    env.put("DATABRICKS_ACCOUNT_ID", "acc-env");
    Config config = builder().build();
    assertEquals("t", config.get(Attribute.AZURE_TENANT_ID));
    assertEquals("s3cret-arm", config.get(Attribute.AZURE_CLIENT_SECRET));
    assertEquals("m2m-secret", config.get(Attribute.CLIENT_SECRET));
    assertEquals("acc-env", config.accountId());
  }

  @Test
  void netrcSuppliesTheTokenOfTheHostWhenNoCredentialIsConfigured() throws IOException {
    Files.delete(home.resolve(".databrickscfg"));
    Config config = builder().host("adb-444.4.azuredatabricks.net").build();
    assertEquals("dapi-from-netrc", config.get(Attribute.TOKEN));
    assertEquals("~/.netrc", config.sourceOf(Attribute.TOKEN));
    Config other = builder().host("adb-999.9.azuredatabricks.net").build();
    assertNull(other.get(Attribute.TOKEN));
    Config withToken = builder().host("adb-444.4.azuredatabricks.net").token("dapi-explicit").build();
    assertEquals("dapi-explicit", withToken.get(Attribute.TOKEN));
  }

  @Test
  void configFileCanBeMovedByEnvironment() throws IOException {
    Path other = home.resolve("elsewhere.cfg");
    Files.write(other, "[DEFAULT]\nhost = adb-777.7.azuredatabricks.net\n".getBytes(StandardCharsets.UTF_8));
    env.put("DATABRICKS_CONFIG_FILE", other.toString());
    assertEquals("https://adb-777.7.azuredatabricks.net", builder().build().host());
  }

  @Test
  void hostWithoutSchemeGetsHttpsAndLosesTrailingSlash() {
    assertEquals("https://adb-1.2.azuredatabricks.net", HostRules.normalize("adb-1.2.azuredatabricks.net/", false));
    assertEquals("https://adb-1.2.azuredatabricks.net:8443", HostRules.normalize("https://adb-1.2.azuredatabricks.net:8443/", false));
  }

  @Test
  void plainHttpOnlyForLoopbackWhenAllowed() {
    assertThrows(ConfigException.class, () -> HostRules.normalize("http://adb-1.2.azuredatabricks.net", true));
    ConfigException notAllowed = assertThrows(ConfigException.class, () -> HostRules.normalize("http://127.0.0.1:8080", false));
    assertTrue(notAllowed.getMessage().contains("allowInsecureLoopback"), notAllowed.getMessage());
    assertEquals("http://127.0.0.1:8080", HostRules.normalize("http://127.0.0.1:8080", true));
    assertEquals("http://localhost:1", HostRules.normalize("http://localhost:1", true));
    assertEquals("http://[::1]:9", HostRules.normalize("http://[::1]:9", true));
    assertThrows(ConfigException.class, () -> HostRules.normalize("ftp://adb-1.azuredatabricks.net", false));
  }

  @Test
  void regionalAzureHostIsWarnedAbout() {
    Config regional = builder().host("westeurope.azuredatabricks.net").token("x").build();
    assertEquals(1, regional.warnings().size());
    assertTrue(regional.warnings().get(0).contains("adb-"), regional.warnings().get(0));
    assertTrue(builder().host("adb-1.2.azuredatabricks.net").build().warnings().isEmpty());
    assertTrue(builder().host("accounts.azuredatabricks.net").build().warnings().isEmpty());
  }

  @Test
  void theOfficialToolsAuthenticationAttributesAreReadFromProfileAndEnvironment() throws IOException {
    write(".databrickscfg", "[cli]\nhost = https://adb-444.4.azuredatabricks.net/\nauth_type = databricks-cli\n"
        + "databricks_cli_path = /opt/databricks/databricks\nazure_workspace_resource_id = /subscriptions/s/x\n"
        + "username = ada\npassword = profile-password\n");
    env.put("ARM_USE_MSI", "true");
    env.put("DATABRICKS_TOKEN_AUDIENCE", "aud-1");
    Config config = builder().profile("cli").build();
    assertEquals("databricks-cli", config.get(Attribute.AUTH_TYPE));
    assertEquals("/opt/databricks/databricks", config.get(Attribute.DATABRICKS_CLI_PATH));
    assertEquals("/subscriptions/s/x", config.get(Attribute.AZURE_WORKSPACE_RESOURCE_ID));
    assertEquals("ada", config.get(Attribute.USERNAME));
    assertEquals("true", config.get(Attribute.AZURE_USE_MSI));
    assertEquals("aud-1", config.get(Attribute.TOKEN_AUDIENCE));
    assertNull(config.get(Attribute.TOKEN), "auth_type says how to authenticate: ~/.netrc is not asked");
    assertTrue(config.isAzure());
    assertFalse(config.toString().contains("profile-password"), config.toString());
    env.put("DATABRICKS_AUTH_TYPE", "azure-cli");
    env.put("DATABRICKS_USERNAME", "bob");
    Config fromEnv = builder().profile("cli").build();
    assertEquals("azure-cli", fromEnv.get(Attribute.AUTH_TYPE));
    assertEquals("env DATABRICKS_AUTH_TYPE", fromEnv.sourceOf(Attribute.AUTH_TYPE));
    assertEquals("bob", fromEnv.get(Attribute.USERNAME));
    assertEquals("pat", builder().profile("cli").authType("pat").build().get(Attribute.AUTH_TYPE));
  }

  @Test
  void azureHostsAreRecognised() {
    assertTrue(HostRules.isAzure("https://adb-1.2.azuredatabricks.net"));
    assertTrue(HostRules.isAzure("https://adb-1.2.databricks.azure.cn"));
    assertTrue(HostRules.isAzure("https://adb-1.2.databricks.azure.us"));
    assertFalse(HostRules.isAzure("https://dbc-1.cloud.databricks.com"));
    assertFalse(HostRules.isAzure("http://127.0.0.1:9"));
    assertFalse(HostRules.isAzure(null));
  }

  @Test
  void toStringNeverShowsSecrets() {
    env.put("ARM_CLIENT_SECRET", "arm-secret-value");
    Config config = builder().token("dapi-very-secret").oauthClient("id", "m2m-secret-value")
        .proxy(ProxySettings.of("proxy.local", 3128).withCredentials("bob", "proxy-pass-value")).build();
    String text = config.toString();
    assertFalse(text.contains("dapi-very-secret"), text);
    assertFalse(text.contains("arm-secret-value"), text);
    assertFalse(text.contains("m2m-secret-value"), text);
    assertFalse(text.contains("proxy-pass-value"), text);
    assertTrue(text.contains("token=*** (builder)"), text);
  }
}
